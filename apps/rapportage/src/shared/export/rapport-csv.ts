import { stringify } from 'csv-stringify/sync';
import { Exportrapport, TOTAAL } from './rapport';

/**
 * A report as CSV in long form (one count a line, margins as "totaal"), semicolon-separated for Dutch spreadsheets,
 * as the tabellenboek's: a suppressed count is an empty `aantal` with `onderdrukt` = ja.
 */
export function rapportCsv(rapport: Exportrapport): string {
  const regels: string[][] = [];
  for (const t of rapport.tabellen) {
    const regel = (rij: string, kolom: string, aantal: number | null) =>
      regels.push([t.titel, rij, kolom, aantal === null ? '' : String(aantal), aantal === null ? 'ja' : 'nee']);
    t.rijen.forEach((rij, r) => {
      t.kolommen.forEach((kolom, k) => regel(rij, kolom, t.cellen[r][k]));
      regel(rij, TOTAAL, t.rijtotalen[r]);
    });
    t.kolommen.forEach((kolom, k) => regel(TOTAAL, kolom, t.kolomtotalen[k]));
    regel(TOTAAL, TOTAAL, t.totaal);
  }
  return stringify(regels, { header: true, columns: ['tabel', 'rij', 'kolom', 'aantal', 'onderdrukt'], delimiter: ';', record_delimiter: 'windows' });
}
