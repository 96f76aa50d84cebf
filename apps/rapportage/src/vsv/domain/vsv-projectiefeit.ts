import { IsoDate, MboNiveau, Schooljaar, volgendeTeldatum } from '@sluitend/domain-nl';
import { Onderwijs, Onderwijstype, Vsvfeit } from './vsv-feit';

/** Where a geprojecteerde enrolment's woongemeente or RMC-regio is not known (no dossier, no address from the mbo). */
export const ONBEKEND = 'onbekend';

/** One young person as the VSV projection answers for a school year t (the repository's read). */
export interface VsvProjectierij {
  readonly jongereId: string;
  /** The enrolment that ran on 1 October t: an mbo inschrijving, else the VO dossier of school year t. */
  readonly soort: 'mbo' | 'vo';
  readonly brin: string;
  readonly niveau: number | null;
  readonly onderwijstype: Onderwijstype | null;
  readonly leerjaar: number | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  /** Enrolled in mbo on 1 October t+1, or in VO in school year t+1 (a dossier of that year). */
  readonly ingeschrevenOpVolgendeTeldatum: boolean;
  readonly laatsteTeldatumOnder23: IsoDate | null;
  readonly startkwalificatieOp: IsoDate | null;
}

/**
 * The date of birth a `Vsvfeit` stands on, from the age fact the events carry instead (ADR 0023): the last teldatum
 * L on which the young person is under 23 gives 2 October of L's year minus 23 — the earliest birthday with that same
 * L, so the age rule of every school year answers exactly as it would on the real date. Unknown (no dossier, no
 * uitschrijving yet): counted as a deelnemer of t (*our choice*: an mbo or VO enrolment is almost always under 23).
 */
export function geboortedatumVoorVsv(laatsteTeldatumOnder23: IsoDate | null, schooljaar: Schooljaar): IsoDate {
  const laatste = laatsteTeldatumOnder23 ?? volgendeTeldatum(schooljaar);
  return `${String(Number(laatste.slice(0, 4)) - 23).padStart(4, '0')}-10-02`;
}

function onderwijs(rij: VsvProjectierij): Onderwijs {
  if (rij.soort === 'mbo') return { soort: 'mbo', niveau: (rij.niveau ?? 1) as MboNiveau };
  return { soort: 'vo', onderwijstype: rij.onderwijstype ?? 'vmbo-bb', leerjaar: rij.leerjaar ?? 4 };
}

/** The fact of one young person in school year t, as `vsvTabel` counts it. */
export function vsvfeitUitProjectie(rij: VsvProjectierij, schooljaar: Schooljaar): Vsvfeit {
  return {
    jongereId: rij.jongereId,
    geboortedatum: geboortedatumVoorVsv(rij.laatsteTeldatumOnder23, schooljaar),
    opTeldatum: { onderwijs: onderwijs(rij), brin: rij.brin, woongemeente: rij.woongemeente ?? ONBEKEND, rmcRegio: rij.rmcRegio ?? ONBEKEND },
    ingeschrevenOpVolgendeTeldatum: rij.ingeschrevenOpVolgendeTeldatum,
    startkwalificatieOp: rij.startkwalificatieOp,
  };
}
