import { DomainIssue, Persoonsnummer } from '@sluitend/domain-nl';
import { A01Context, A01Rij, valideerA01Rij } from './a01-rij';
import { A01_KOLOMMEN, DuoKolom, MAX_LIJST_RIJEN, OUD_VSV_KOLOMMEN } from './duo-lijst-layout';
import { lijstLeeg, lijstTeGroot } from './duo-lijsten.errors';
import { KolomIndex, controleerKopregel } from './kopregel';
import { OudVsvContext, OudVsvRij, valideerOudVsvRij } from './oud-vsv-rij';
import { CsvRij, RijUitkomst } from './rij-lezer';

/** A list read: the valid rows, and every problem of the others by line, column and rule. */
export interface GelezenLijst<T> {
  readonly rijen: readonly T[];
  readonly meldingen: readonly DomainIssue[];
  /** Data rows in the file (blank rows not counted). */
  readonly aantal: number;
}

/**
 * Reads a list's rows against its layout. The file as a whole is refused when its header is wrong
 * (`duo-lijst.kolommen`), it has no rows (`duo-lijst.leeg`) or more than MAX_LIJST_RIJEN (`duo-lijst.te-groot`, 413).
 * Otherwise each row stands on its own: a valid row is taken, a bad row is reported and left out — a DUO list is
 * DUO's, one bad row must not hold up the rest. A person on the list twice is reported on the second line
 * (`persoonsnummer.dubbel`). Blank rows are skipped. One pass.
 */
function leesLijst<T extends { readonly regel: number; readonly persoonsnummer: Persoonsnummer }>(
  kop: readonly string[],
  rijen: readonly CsvRij[],
  layout: readonly DuoKolom[],
  valideer: (rij: CsvRij, index: KolomIndex) => RijUitkomst<T>,
): GelezenLijst<T> {
  const index = controleerKopregel(kop, layout);
  const geldig: T[] = [];
  const meldingen: DomainIssue[] = [];
  const gezien = new Map<string, number>();
  let aantal = 0;
  for (const rij of rijen) {
    if (rij.cellen.every((cel) => cel.trim() === '')) continue;
    aantal += 1;
    if (aantal > MAX_LIJST_RIJEN) throw lijstTeGroot(MAX_LIJST_RIJEN);
    const uitkomst = valideer(rij, index);
    if (uitkomst.rij === null) {
      meldingen.push(...uitkomst.meldingen);
      continue;
    }
    const eerder = gezien.get(uitkomst.rij.persoonsnummer.nummer);
    if (eerder !== undefined) {
      meldingen.push({
        field: 'bsn_of_onderwijsnummer',
        rule: 'persoonsnummer.dubbel',
        message: `deze jongere staat ook op regel ${eerder}`,
        row: rij.regel,
      });
      continue;
    }
    gezien.set(uitkomst.rij.persoonsnummer.nummer, rij.regel);
    geldig.push(uitkomst.rij);
  }
  if (aantal === 0) throw lijstLeeg();
  return { rijen: geldig, meldingen, aantal };
}

/** An A01 list (uitschrijvingen zonder startkwalificatie) of a region. */
export const leesA01Lijst = (kop: readonly string[], rijen: readonly CsvRij[], context: A01Context): GelezenLijst<A01Rij> =>
  leesLijst(kop, rijen, A01_KOLOMMEN, (rij, index) => valideerA01Rij(rij, index, context));

/** A region's list of oud-VSV'ers. */
export const leesOudVsvLijst = (kop: readonly string[], rijen: readonly CsvRij[], context: OudVsvContext): GelezenLijst<OudVsvRij> =>
  leesLijst(kop, rijen, OUD_VSV_KOLOMMEN, (rij, index) => valideerOudVsvRij(rij, index, context));
