import type { Inkomensklasse } from '@sluitend/contracts';
import { IsoDate, Schooljaar } from '@sluitend/domain-nl';

/** The school backgrounds that make a young person JiKP (DOMAIN.md "Ages and duties"; seed 002 "Toelichting"). */
export const JIKP_ACHTERGRONDEN = [
  { code: 'pro', label: 'praktijkonderwijs' },
  { code: 'vso', label: 'voortgezet speciaal onderwijs' },
  { code: 'vmbo-bb', label: 'vmbo basisberoepsgerichte leerweg' },
  { code: 'entree', label: 'entree (mbo niveau 1)' },
] as const;

export type JikpAchtergrond = (typeof JIKP_ACHTERGRONDEN)[number]['code'];

export const ACHTERGROND_INDEX: Readonly<Record<JikpAchtergrond, number>> = { pro: 0, vso: 1, 'vmbo-bb': 2, entree: 3 };

/** Participation on the peildatum: the routes onderwijs, arbeid, dagbesteding, or none of them (seed 002, "O-A-D"). */
export const PARTICIPATIES = [
  { code: 'onderwijs', label: 'onderwijs' },
  { code: 'arbeid', label: 'arbeid' },
  { code: 'dagbesteding', label: 'dagbesteding' },
  { code: 'geen', label: 'geen participatie (O-A-D)' },
] as const;

export type Participatie = (typeof PARTICIPATIES)[number]['code'];

export const PARTICIPATIE_INDEX: Readonly<Record<Participatie, number>> = { onderwijs: 0, arbeid: 1, dagbesteding: 2, geen: 3 };

/**
 * What rapportage knows about one young person the RMC follows, on one peildatum (a 1 October), as the projections fill
 * it from overstap's events (VO dossiers: pro, vso, vmbo-bb; mbo inschrijvingen: entree, startkwalificatie, enrolment)
 * and trajecten's case outcomes (participation, income class) — `jikpfeitUitProjectie`, ADR 0028. No date of birth:
 * the age fact of ADR 0023 gives the exact age on every 1 October.
 */
export interface Jikpfeit {
  readonly jongereId: string;
  /** The last 1 October on which the young person is younger than 23 (ADR 0023); null when unknown. */
  readonly laatsteTeldatumOnder23: IsoDate | null;
  /** CBS code of the woongemeente. */
  readonly woongemeente: string;
  /** The last of pro, vso, vmbo-bb or entree attended; null when none of them. */
  readonly achtergrond: JikpAchtergrond | null;
  /** The day the first startkwalificatie was obtained; null when none. */
  readonly startkwalificatieOp: IsoDate | null;
  /** The school year the young person left pro, vso, vmbo-bb or entree; null when still there (or never there). */
  readonly uitgestroomdIn: Schooljaar | null;
  /** The school year the young person became a voortijdig schoolverlater; null when never. */
  readonly vsvSinds: Schooljaar | null;
  readonly participatie: Participatie;
  /** The class of the monthly income from work, when working and known (a class, never the amount). */
  readonly inkomensklasse: Inkomensklasse | null;
}
