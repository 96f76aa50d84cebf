import { DomainIssue } from '@sluitend/domain-nl';
import { DuoKolom } from './duo-lijst-layout';
import { kolommenOngeldig } from './duo-lijsten.errors';

/** `BSN of onderwijsnummer` → `bsn_of_onderwijsnummer`. */
export const normaliseerKop = (kop: string): string =>
  kop
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Where each column of the layout is in a file (absent optional columns are not in it). */
export type KolomIndex = ReadonlyMap<string, number>;

/**
 * The header of a list against its layout: every required column present (`kolom.ontbreekt`), none twice
 * (`kolom.dubbel`), none unknown (`kolom.onbekend` — a typo would drop data silently). `duo-lijst.kolommen` with all
 * problems on line 1; else where each column is.
 */
export function controleerKopregel(kop: readonly string[], layout: readonly DuoKolom[]): KolomIndex {
  const bekend = new Set(layout.map((k) => k.naam));
  const index = new Map<string, number>();
  const meldingen: DomainIssue[] = [];
  kop.forEach((ruw, i) => {
    const naam = normaliseerKop(ruw);
    if (!bekend.has(naam))
      meldingen.push({
        field: naam || `kolom ${i + 1}`,
        rule: 'kolom.onbekend',
        message: `onbekende kolom; de kolommen zijn: ${[...bekend].join(', ')}`,
        row: 1,
      });
    else if (index.has(naam)) meldingen.push({ field: naam, rule: 'kolom.dubbel', message: 'kolom staat er twee keer in', row: 1 });
    else index.set(naam, i);
  });
  for (const kolom of layout) {
    if (kolom.verplicht && !index.has(kolom.naam))
      meldingen.push({ field: kolom.naam, rule: 'kolom.ontbreekt', message: `verplichte kolom ontbreekt (${kolom.toelichting})`, row: 1 });
  }
  if (meldingen.length > 0) throw kolommenOngeldig(meldingen);
  return index;
}
