import { DEELNAME_RESULTATEN, Deelname, DeelnameResultaat } from './deelname';

export interface ResultatenOverzicht {
  readonly deelnemers: number;
  readonly lopend: number;
  readonly perResultaat: Readonly<Record<DeelnameResultaat, number>>;
}

/** A programme's results in one pass: participants, still running, and per result. */
export function resultatenOverzicht(deelnames: Iterable<Deelname>): ResultatenOverzicht {
  const perResultaat = Object.fromEntries(DEELNAME_RESULTATEN.map((r) => [r, 0])) as Record<DeelnameResultaat, number>;
  let deelnemers = 0;
  let lopend = 0;
  for (const d of deelnames) {
    deelnemers += 1;
    if (d.resultaat === undefined) lopend += 1;
    else perResultaat[d.resultaat] += 1;
  }
  return { deelnemers, lopend, perResultaat };
}
