import { LEEFDOMEINEN, Leefdomein, VAARDIGHEDEN, Vaardigheid } from './leefdomeinen';
import { Screening, knelpunten } from './screening';

/** What changed between two screenings: per domain and skill the difference (positive = more self-reliant). */
export interface Verandering {
  readonly van: Date;
  readonly naar: Date;
  readonly leefdomeinen: Readonly<Record<Leefdomein, number>>;
  readonly vaardigheden: Readonly<Record<Vaardigheid, number>>;
  readonly verbeterd: readonly Leefdomein[];
  readonly verslechterd: readonly Leefdomein[];
  /** Problem domains (score ≤ 2) before and after. */
  readonly knelpuntenVan: number;
  readonly knelpuntenNaar: number;
}

export function verandering(vorige: Screening, huidige: Screening): Verandering {
  const leefdomeinen = {} as Record<Leefdomein, number>;
  const verbeterd: Leefdomein[] = [];
  const verslechterd: Leefdomein[] = [];
  for (const domein of LEEFDOMEINEN) {
    const verschil = huidige.leefdomeinen[domein] - vorige.leefdomeinen[domein];
    leefdomeinen[domein] = verschil;
    if (verschil > 0) verbeterd.push(domein);
    else if (verschil < 0) verslechterd.push(domein);
  }
  const vaardigheden = {} as Record<Vaardigheid, number>;
  for (const vaardigheid of VAARDIGHEDEN) vaardigheden[vaardigheid] = huidige.vaardigheden[vaardigheid] - vorige.vaardigheden[vaardigheid];
  return {
    van: vorige.afgenomenOp,
    naar: huidige.afgenomenOp,
    leefdomeinen,
    vaardigheden,
    verbeterd,
    verslechterd,
    knelpuntenVan: knelpunten(vorige).length,
    knelpuntenNaar: knelpunten(huidige).length,
  };
}

export interface ScreeningVerloop {
  /** Since the first screening. */
  readonly sindsEerste: Verandering;
  /** Since the one before the latest. */
  readonly laatsteStap: Verandering;
}

/**
 * What a case's screening history says: the change since the first screening and the latest step, by moment taken
 * (in any order given); `undefined` with fewer than two. One pass.
 */
export function screeningVerloop(historie: readonly Screening[]): ScreeningVerloop | undefined {
  if (historie.length < 2) return undefined;
  let eerste = historie[0];
  let laatste: Screening | undefined;
  let voorlaatste: Screening | undefined;
  for (const screening of historie) {
    if (screening.afgenomenOp < eerste.afgenomenOp) eerste = screening;
    if (laatste === undefined || screening.afgenomenOp >= laatste.afgenomenOp) {
      voorlaatste = laatste;
      laatste = screening;
    } else if (voorlaatste === undefined || screening.afgenomenOp >= voorlaatste.afgenomenOp) {
      voorlaatste = screening;
    }
  }
  if (laatste === undefined || voorlaatste === undefined) return undefined;
  return { sindsEerste: verandering(eerste, laatste), laatsteStap: verandering(voorlaatste, laatste) };
}
