import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { Categorie, Grafiek, grafiek, tellingreeks } from './grafiek';

/**
 * A two-way table as a chart: its rows along the axis, one series per column, and a series with the row totals.
 * The codes give stable keys to the rows and columns (the table itself carries labels).
 */
export function kruistabelGrafiek(
  figuur: string,
  titel: string,
  asNaam: string,
  rijen: readonly Categorie[],
  kolommen: readonly Categorie[],
  tabel: GepubliceerdeKruistabel,
): Grafiek {
  return grafiek(
    figuur,
    titel,
    asNaam,
    rijen,
    [
      ...kolommen.map((kolom, k) =>
        tellingreeks(
          kolom.code,
          kolom.label,
          tabel.cellen.map((rij) => rij[k]),
        ),
      ),
      tellingreeks('totaal', 'totaal', tabel.rijtotalen),
    ],
    tabel.drempel,
  );
}

/** Categories whose code is their label (BRIN codes, gemeente codes). */
export const alsCategorieen = (codes: readonly string[]): Categorie[] => codes.map((code) => ({ code, label: code }));
