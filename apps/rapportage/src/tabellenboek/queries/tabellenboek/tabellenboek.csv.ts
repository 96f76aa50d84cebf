import { stringify } from 'csv-stringify/sync';
import type { TabellenboekAntwoord } from '@sluitend/contracts';

type Tabel = TabellenboekAntwoord['keuzeEnWerkelijk'];

const KOLOMMEN = ['schooljaar', 'brin', 'vestiging', 'rmc_regio', 'tabel', 'rij', 'kolom', 'aantal', 'onderdrukt'];
const TOTAAL = 'totaal';

/**
 * The tabellenboek as CSV in long form (one count a line, margins as "totaal"), semicolon-separated for Dutch
 * spreadsheets: a suppressed count is an empty `aantal` with `onderdrukt` = ja, exactly where the API shows null.
 */
export function tabellenboekCsv(boek: TabellenboekAntwoord): string {
  const regels: string[][] = [];
  const vast = [boek.schooljaar, boek.brin, boek.vestiging ?? '', boek.rmcRegio ?? ''];
  const regel = (tabel: string, rij: string, kolom: string, aantal: number | null) =>
    regels.push([...vast, tabel, rij, kolom, aantal === null ? '' : String(aantal), aantal === null ? 'ja' : 'nee']);
  const kruistabel = (naam: string, t: Tabel) => {
    t.rijen.forEach((rij, r) => {
      t.kolommen.forEach((kolom, k) => regel(naam, rij, kolom, t.cellen[r][k]));
      regel(naam, rij, TOTAAL, t.rijtotalen[r]);
    });
    t.kolommen.forEach((kolom, k) => regel(naam, TOTAAL, kolom, t.kolomtotalen[k]));
    regel(naam, TOTAAL, TOTAAL, t.totaal);
  };
  kruistabel('keuze 1 april x aanmelding', boek.keuze1AprilEnAanmelding);
  kruistabel('keuze einde schooljaar x bestemming 1 oktober', boek.keuzeEnWerkelijk);
  boek.signalen.categorieen.forEach((soort, i) => regel('signalen', soort, 'aantal', boek.signalen.waarden[i]));
  regel('signalen', TOTAAL, 'aantal', boek.signalen.totaal);
  return stringify(regels, { header: true, columns: KOLOMMEN, delimiter: ';', record_delimiter: 'windows' });
}
