import { DomainIssue, IsoDate, Persoonsnummer, gemeente, isIsoDate, normaliseBrin, normaliseCrebo, parsePersoonsnummer } from '@sluitend/domain-nl';
import { KolomIndex } from './kopregel';

/** A data row of a CSV file: the line it is on (the header is line 1) and its cells in header order. */
export interface CsvRij {
  readonly regel: number;
  readonly cellen: readonly string[];
}

/** A checked row: the row's model, or `null` and what is wrong with it. */
export interface RijUitkomst<T> {
  readonly rij: T | null;
  readonly meldingen: readonly DomainIssue[];
}

/** `JJJJ-MM-DD`, or `DD-MM-JJJJ` as Dutch spreadsheets write it; `undefined` for anything else or a day that does not exist. */
export function leesDatum(tekst: string): IsoDate | undefined {
  if (isIsoDate(tekst)) return tekst;
  const match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(tekst);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Reads one row's cells by column name and collects what is wrong with them as issues on the row's line, by column
 * and rule. Messages name the rule, never the cell's value (it may be a BSN).
 */
export class RijLezer {
  readonly meldingen: DomainIssue[] = [];

  constructor(
    private readonly rij: CsvRij,
    private readonly index: KolomIndex,
    aantalKolommen: number,
  ) {
    if (rij.cellen.length > aantalKolommen)
      this.fout('(rij)', 'csv.aantal-velden', `${rij.cellen.length} velden, de kopregel heeft er ${aantalKolommen}`);
  }

  get regel(): number {
    return this.rij.regel;
  }

  /** The trimmed cell, `''` when empty or when the (optional) column is not in the file. */
  cel(kolom: string): string {
    const i = this.index.get(kolom);
    return i === undefined ? '' : (this.rij.cellen[i] ?? '').trim();
  }

  fout(kolom: string, rule: string, message: string): void {
    this.meldingen.push({ field: kolom, rule, message, row: this.rij.regel });
  }

  private gevuld(kolom: string, verplicht: boolean): string | undefined {
    const waarde = this.cel(kolom);
    if (waarde === '' && verplicht) this.fout(kolom, 'verplicht', 'deze kolom is verplicht');
    return waarde === '' ? undefined : waarde;
  }

  persoonsnummer(kolom: string): Persoonsnummer | undefined {
    const waarde = this.gevuld(kolom, true);
    if (waarde === undefined) return undefined;
    const nummer = parsePersoonsnummer(waarde);
    if (!nummer) this.fout(kolom, 'persoonsnummer', 'geen geldig BSN of onderwijsnummer (9 cijfers, 11-proef)');
    return nummer;
  }

  datum(kolom: string, verplicht: boolean): IsoDate | undefined {
    const waarde = this.gevuld(kolom, verplicht);
    if (waarde === undefined) return undefined;
    const datum = leesDatum(waarde);
    if (!datum) this.fout(kolom, 'datum', 'geen bestaande datum (JJJJ-MM-DD of DD-MM-JJJJ)');
    return datum;
  }

  /** A current gemeente (CBS code or DUO number) whose RMC region is `rmcRegio`. */
  woongemeente(kolom: string, rmcRegio: string): { readonly code: string; readonly rmcRegio: string } | undefined {
    const waarde = this.gevuld(kolom, true);
    if (waarde === undefined) return undefined;
    const gevonden = gemeente(waarde);
    if (!gevonden) {
      this.fout(kolom, 'woongemeente.bestaat', 'geen bestaande gemeente (CBS-code GM0014 of DUO-nummer 14)');
      return undefined;
    }
    if (gevonden.rmcRegio?.code !== rmcRegio) {
      this.fout(
        kolom,
        'woongemeente.in-regio',
        `de gemeente ligt niet in RMC-regio ${rmcRegio}; deze jongere hoort bij de RMC van de eigen woonregio`,
      );
      return undefined;
    }
    return { code: gevonden.code, rmcRegio };
  }

  brin(kolom: string, verplicht: boolean): string | undefined {
    const waarde = this.gevuld(kolom, verplicht);
    if (waarde === undefined) return undefined;
    const brin = normaliseBrin(waarde);
    if (!brin) this.fout(kolom, 'brin', 'BRIN is 2 cijfers en 2 letters, bijv. 05KO');
    return brin;
  }

  crebo(kolom: string, verplicht: boolean): string | undefined {
    const waarde = this.gevuld(kolom, verplicht);
    if (waarde === undefined) return undefined;
    const crebo = normaliseCrebo(waarde);
    if (!crebo) this.fout(kolom, 'crebo', 'een crebo is 5 cijfers');
    return crebo;
  }

  keuze<T extends string>(kolom: string, waarden: readonly T[], verplicht: boolean): T | undefined {
    const waarde = this.gevuld(kolom, verplicht)?.toLowerCase();
    if (waarde === undefined) return undefined;
    if ((waarden as readonly string[]).includes(waarde)) return waarde as T;
    this.fout(kolom, `${kolom}.onbekend`, `een van: ${waarden.join(', ')}`);
    return undefined;
  }
}
