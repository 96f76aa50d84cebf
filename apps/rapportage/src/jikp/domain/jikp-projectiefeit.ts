import type { Inkomensklasse, ONDERWIJSTYPEN, UITKOMST_CATEGORIEEN } from '@sluitend/contracts';
import { IsoDate, Schooljaar, isoDate, parseIsoDate, schooljaarOf, schooljaarVanStartjaar, startjaarVan, teldatum } from '@sluitend/domain-nl';
import { JikpAchtergrond, Jikpfeit, Participatie } from './jikp-feit';

type Onderwijstype = (typeof ONDERWIJSTYPEN)[number];
type Uitkomstcategorie = (typeof UITKOMST_CATEGORIEEN)[number];

/** A VO dossier of the young person (overstap.dossier.ingediend, newest version): a VO enrolment in its school year. */
export interface JikpVo {
  readonly schooljaar: Schooljaar;
  readonly onderwijstype: Onderwijstype;
  readonly woongemeente: string;
}

/** An mbo inschrijving (overstap.inschrijving.*): from `van`, up to (not including) `tot`. */
export interface JikpMbo {
  readonly niveau: number;
  readonly van: IsoDate;
  readonly tot: IsoDate | null;
  readonly woongemeente: string | null;
}

/** A case of the young person closed in trajecten (trajecten.casus.afgesloten), on its Amsterdam day. */
export interface JikpUitkomst {
  readonly uitkomst: Uitkomstcategorie;
  readonly inkomensklasse: Inkomensklasse | null;
  readonly op: IsoDate;
}

/** What the projections hold about one young person (the repository's read); `jikpfeitUitProjectie` turns it into facts. */
export interface JikpProjectierij {
  readonly jongereId: string;
  readonly laatsteTeldatumOnder23: IsoDate | null;
  readonly startkwalificatieOp: IsoDate | null;
  readonly vo: readonly JikpVo[];
  readonly mbo: readonly JikpMbo[];
  readonly uitkomsten: readonly JikpUitkomst[];
}

/** Where a young person stands after a closed case, in seed 002's routes (our reading, ADR 0028). */
export const PARTICIPATIE_NA_UITKOMST: Readonly<Record<Uitkomstcategorie, Participatie>> = {
  'voltijd-onderwijs': 'onderwijs',
  'combinatie-leren-werken': 'onderwijs',
  'werk-zonder-startkwalificatie': 'arbeid',
  'zorg-opvang-detentie': 'dagbesteding',
  'beeindigd-zonder-dagbesteding': 'geen',
  'verhuisd-onvindbaar': 'geen',
  overig: 'geen',
};

const VO_ACHTERGROND: Partial<Record<Onderwijstype, JikpAchtergrond>> = { pro: 'pro', vso: 'vso', 'vmbo-bb': 'vmbo-bb' };
const ENTREE = 1;

const teldatumVanJaar = (jaar: number): IsoDate => isoDate(jaar, 10, 1);

/** The years y in which the young person was enrolled on 1 October y (an mbo inschrijving running, or a VO dossier). */
function ingeschrevenOpTeldata(rij: JikpProjectierij, totJaar: number): Set<number> {
  const jaren = new Set<number>();
  for (const v of rij.vo) jaren.add(startjaarVan(v.schooljaar));
  for (const m of rij.mbo) {
    const laatste = m.tot === null ? totJaar : Math.min(totJaar, parseIsoDate(m.tot).year);
    for (let jaar = parseIsoDate(m.van).year; jaar <= laatste; jaar++) {
      const dag = teldatumVanJaar(jaar);
      if (m.van <= dag && (m.tot === null || m.tot > dag)) jaren.add(jaar);
    }
  }
  return jaren;
}

/**
 * The facts of one young person on one peildatum (a 1 October), from what the projections hold — the rules of
 * ADR 0028 in one place:
 * - background: the last of pro, vso, vmbo-bb (VO dossier) or entree (mbo niveau 1) begun on or before the peildatum;
 *   left in: the dossier's school year (a dossier is written for leavers), or the school year an entree inschrijving
 *   ended in (on or before the peildatum);
 * - woongemeente: of the newest record on or before the peildatum that names one (`onbekend` when none);
 * - participation: onderwijs when enrolled on the peildatum; else the route of the last case closed on or before it
 *   (`PARTICIPATIE_NA_UITKOMST`), with its income class when working; else none;
 * - vsv since: the first school year t whose deelnemer (enrolled on 1 October t, under 23 on 1 October t+1 when the
 *   age is known) was enrolled nowhere on 1 October t+1 without a startkwalificatie by then — as the VSV count does.
 */
export function jikpfeitUitProjectie(rij: JikpProjectierij, peildatum: IsoDate): Jikpfeit {
  const jaar = parseIsoDate(peildatum).year;
  const achtergronden = [
    ...rij.vo.flatMap((v) => {
      const achtergrond = VO_ACHTERGROND[v.onderwijstype];
      return achtergrond === undefined ? [] : [{ achtergrond, sinds: teldatum(v.schooljaar), uitgestroomdIn: v.schooljaar as Schooljaar | null }];
    }),
    ...rij.mbo
      .filter((m) => m.niveau === ENTREE)
      .map((m) => ({
        achtergrond: 'entree' as const,
        sinds: m.van,
        uitgestroomdIn: m.tot !== null && m.tot <= peildatum ? schooljaarOf(m.tot) : null,
      })),
  ].filter((a) => a.sinds <= peildatum);
  const laatste = achtergronden.reduce<(typeof achtergronden)[number] | null>((x, a) => (x === null || a.sinds > x.sinds ? a : x), null);

  const verblijf = [
    ...rij.vo.map((v) => ({ sinds: teldatum(v.schooljaar), woongemeente: v.woongemeente as string | null })),
    ...rij.mbo.map((m) => ({ sinds: m.van, woongemeente: m.woongemeente })),
  ]
    .filter((v) => v.woongemeente !== null && v.sinds <= peildatum)
    .sort((x, y) => (x.sinds < y.sinds ? 1 : x.sinds > y.sinds ? -1 : 0));

  const ingeschreven = ingeschrevenOpTeldata(rij, jaar);
  const sk = rij.startkwalificatieOp;
  let vsvSinds: Schooljaar | null = null;
  for (const t of [...ingeschreven].sort((x, y) => x - y)) {
    const volgende = teldatumVanJaar(t + 1);
    if (t + 1 > jaar) break;
    const deelnemer = rij.laatsteTeldatumOnder23 === null || rij.laatsteTeldatumOnder23 >= volgende;
    if (deelnemer && !ingeschreven.has(t + 1) && (sk === null || sk > volgende)) {
      vsvSinds = schooljaarVanStartjaar(t);
      break;
    }
  }

  const uitkomst = rij.uitkomsten.filter((u) => u.op <= peildatum).reduce<JikpUitkomst | null>((x, u) => (x === null || u.op > x.op ? u : x), null);
  const participatie: Participatie = ingeschreven.has(jaar) ? 'onderwijs' : uitkomst === null ? 'geen' : PARTICIPATIE_NA_UITKOMST[uitkomst.uitkomst];

  return {
    jongereId: rij.jongereId,
    laatsteTeldatumOnder23: rij.laatsteTeldatumOnder23,
    woongemeente: verblijf[0]?.woongemeente ?? 'onbekend',
    achtergrond: laatste?.achtergrond ?? null,
    startkwalificatieOp: sk,
    uitgestroomdIn: laatste?.uitgestroomdIn ?? null,
    vsvSinds,
    participatie,
    inkomensklasse: participatie === 'arbeid' ? (uitkomst?.inkomensklasse ?? null) : null,
  };
}
