import { GepubliceerdeKruistabel, Kruistabel, uitgebreid } from './kruistabel';
import { GedeeldeTotalen, onderdrukKruistabel } from './onderdruk-kruistabel';
import { ongeldigeTabel } from './onthulling.errors';
import { OnthullingsBeleid } from './onthullingsbeleid';

/**
 * Which margins of a table count the same people as the other tables published beside it:
 * - `totaal`: only the grand total (the tabellenboek's two tables over one school's students);
 * - `rijen` / `kolommen`: its row / column totals are the shared breakdown (the JiKP factsheet: per background ×
 *   participation, per age × background, per gemeente × background all share the totals per background), and the
 *   grand total.
 */
export type Gedeeld = 'totaal' | 'rijen' | 'kolommen';

export interface GekoppeldeTabel {
  readonly tabel: Kruistabel;
  readonly gedeeld: Gedeeld;
}

/**
 * Suppression of tables published together that share totals. A shared total hidden in one table but shown in
 * another would be no secret, and a protection that needs it to go down in one table may not be possible in another.
 * So: suppress every table; every shared total hidden in any of them is hidden in all and may only *go up* there
 * (like a count at the lower bound); repeat until no table hides a shared total the others show. Then every way a
 * hidden cell can change in one table changes the shared totals in a way every other table can follow — a shared
 * total rising always takes the grand total with it, which every table supports for each shared total it hides —
 * so the tables together still allow another value for every hidden cell (checked in the property tests).
 * The hidden set only grows, so this ends after at most one round per shared total.
 * Tables that share only the grand total and tables that share a breakdown are not mixed in one call (a cycle through
 * the grand total would move a shared breakdown total in one and none in the other).
 */
export function onderdrukGekoppeld(tabellen: readonly GekoppeldeTabel[], beleid: OnthullingsBeleid): GepubliceerdeKruistabel[] {
  const breedte = controleer(tabellen);
  const verborgen = new Set<number>();
  let totaalVerborgen = false;
  for (;;) {
    const uit = tabellen.map(({ tabel, gedeeld }) => onderdrukKruistabel(tabel, beleid, gedeeldeTotalen(gedeeld, [...verborgen], totaalVerborgen)));
    const groter = uit.some(
      (tabel, t) =>
        (tabel.totaal === null && !totaalVerborgen) || gedeeldeMarges(tabel, tabellen[t].gedeeld).some((w, k) => w === null && !verborgen.has(k)),
    );
    if (!groter) return uit;
    uit.forEach((tabel, t) => {
      if (tabel.totaal === null) totaalVerborgen = true;
      gedeeldeMarges(tabel, tabellen[t].gedeeld).forEach((w, k) => w === null && verborgen.add(k));
    });
    if (verborgen.size > breedte) throw new Error('onthulling: meer gedeelde totalen dan categorieën');
  }
}

function gedeeldeTotalen(gedeeld: Gedeeld, verborgen: number[], totaal: boolean): GedeeldeTotalen {
  if (gedeeld === 'rijen') return { totaal, rijtotalen: verborgen };
  if (gedeeld === 'kolommen') return { totaal, kolomtotalen: verborgen };
  return { totaal };
}

function gedeeldeMarges(tabel: GepubliceerdeKruistabel, gedeeld: Gedeeld): readonly (number | null)[] {
  return gedeeld === 'rijen' ? tabel.rijtotalen : gedeeld === 'kolommen' ? tabel.kolomtotalen : [];
}

/** Same grand total everywhere; same shared breakdown (length and counts) where one is shared. Returns its length. */
function controleer(tabellen: readonly GekoppeldeTabel[]): number {
  if (tabellen.length === 0) return 0;
  const soorten = new Set(tabellen.map((t) => (t.gedeeld === 'totaal' ? 'totaal' : 'marge')));
  if (soorten.size > 1) {
    throw ongeldigeTabel('gedeeld', 'gedeeld.een-soort', 'Gekoppelde tabellen delen óf alleen het totaal, óf een indeling met het totaal');
  }
  let referentie: number[] | null = null;
  let totaal: number | null = null;
  for (const { tabel, gedeeld } of tabellen) {
    const grid = uitgebreid(tabel);
    const b = grid.n + 1;
    const marges: number[] = [];
    if (gedeeld === 'rijen') for (let r = 0; r < grid.m; r++) marges.push(grid.waarden[r * b + grid.n]);
    if (gedeeld === 'kolommen') for (let k = 0; k < grid.n; k++) marges.push(grid.waarden[grid.m * b + k]);
    const t = grid.waarden[grid.waarden.length - 1];
    if (totaal !== null && t !== totaal) throw ongeldigeTabel('tabellen', 'gedeeld.totaal', 'Gekoppelde tabellen hebben hetzelfde totaal');
    totaal = t;
    if (gedeeld === 'totaal') continue;
    if (referentie !== null && (referentie.length !== marges.length || referentie.some((w, i) => w !== marges[i]))) {
      throw ongeldigeTabel('tabellen', 'gedeeld.marges', 'Gekoppelde tabellen hebben dezelfde gedeelde totalen');
    }
    referentie = marges;
  }
  return referentie?.length ?? 0;
}
