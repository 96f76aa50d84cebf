import { parseCsv } from '@sluitend/domain-nl';
import { CsvRij } from './rij-lezer';

/** Valid numbers: a test-range BSN (README) and an onderwijsnummer (DOMAIN.md's example). */
export const BSN = '999605999';
export const ONDERWIJSNUMMER = '101222331';

/** A CSV text as header and rows with their line numbers (no cells span lines in these fixtures). */
export function csv(tekst: string): { kop: string[]; rijen: CsvRij[] } {
  const [kop, ...rest] = parseCsv(tekst);
  return { kop, rijen: rest.map((cellen, i) => ({ regel: i + 2, cellen })) };
}
