import { GepubliceerdeKruistabel, Kruistabel } from './kruistabel';
import { onderdrukKruistabel } from './onderdruk-kruistabel';
import { OnthullingsBeleid } from './onthullingsbeleid';

/**
 * Suppression of tables published together that count the same people, so share their grand total (the tabellenboek
 * of one school: choice on 1 April × aanmelding, and choice at the end of the year × actual destination). A total
 * hidden in one table but shown in the other would be no secret, and the first table's protection may lean on it:
 * when any table hides the total, all are suppressed again with the total hidden from the start. Hiding more never
 * exposes what was protected, so one more pass settles it.
 */
export function onderdrukMetGedeeldTotaal(tabellen: readonly Kruistabel[], beleid: OnthullingsBeleid): GepubliceerdeKruistabel[] {
  const eerste = tabellen.map((tabel) => onderdrukKruistabel(tabel, beleid));
  if (eerste.every((tabel) => tabel.totaal !== null)) return eerste;
  return tabellen.map((tabel) => onderdrukKruistabel(tabel, beleid, { totaalVerborgen: true }));
}
