import { IsoDate, isIsoDate } from '@sluitend/domain-nl';
import { Kalender } from '../../kalenders/domain/kalender';

/**
 * What a school records for one student on one lesdag (DOMAIN.md "Verzuim"): lesuren absent per kind, and how often
 * the student came late or was sent out. A day without a record is a day present. Sickness and suspension are
 * authorised absence (geoorloofd), as is granted verlof.
 */
export interface AbsentieDag {
  readonly datum: IsoDate;
  /** Lesuren ongeoorloofd afwezig. */
  readonly ongeoorloofd?: number;
  /** Lesuren ziek (ziekgemeld). */
  readonly ziek?: number;
  /** Lesuren met verleend verlof. */
  readonly verlof?: number;
  /** Lesuren geschorst. */
  readonly schorsing?: number;
  /** Times late. */
  readonly teLaat?: number;
  /** Times sent out of class. */
  readonly uitgestuurd?: number;
  /** Every lesson of the day was missed (DUO's "alle lessen gemist"). */
  readonly alleLessenGemist?: boolean;
}

export interface AbsentieProbleem {
  readonly veld: string;
  readonly regel: string;
  readonly melding: string;
}

/** More lesuren on one day than this is a typing error. */
export const MAX_LESUREN_PER_DAG = 12;

const UREN = ['ongeoorloofd', 'ziek', 'verlof', 'schorsing'] as const;
const KEREN = ['teLaat', 'uitgestuurd'] as const;

/**
 * Everything wrong with one record, by field and rule (for an import's per-row report); with a calendar, also a
 * date it does not cover or a record on a day without lessons.
 */
export function controleerAbsentieDag(dag: AbsentieDag, kalender?: Kalender): AbsentieProbleem[] {
  const problemen: AbsentieProbleem[] = [];
  const fout = (veld: string, regel: string, melding: string) => problemen.push({ veld, regel, melding });
  if (typeof dag.datum !== 'string' || !isIsoDate(dag.datum)) fout('datum', 'datum', 'Datum moet een bestaande dag zijn (JJJJ-MM-DD)');
  let totaal = 0;
  for (const veld of UREN) {
    const uren = dag[veld] ?? 0;
    if (typeof uren !== 'number' || !Number.isFinite(uren) || uren < 0) {
      fout(veld, 'uren', 'Uren zijn een getal van 0 of meer');
    } else if (uren > MAX_LESUREN_PER_DAG) {
      fout(veld, 'max-uren', `Meer dan ${MAX_LESUREN_PER_DAG} lesuren op één dag`);
    } else totaal += uren;
  }
  if (totaal > MAX_LESUREN_PER_DAG) fout('uren', 'max-uren', `Samen meer dan ${MAX_LESUREN_PER_DAG} lesuren op één dag`);
  for (const veld of KEREN) {
    const keren = dag[veld] ?? 0;
    if (typeof keren !== 'number' || !Number.isInteger(keren) || keren < 0)
      fout(veld, 'aantal', 'Een aantal keren is een geheel getal van 0 of meer');
  }
  if (dag.alleLessenGemist === true && totaal === 0) {
    fout('alleLessenGemist', 'uren-vereist', 'Alle lessen gemist, maar geen afwezige uren opgegeven');
  }
  if (kalender && problemen.length === 0) {
    const d = kalender.zoekDag(dag.datum);
    if (d < 0) fout('datum', 'kalender', `Geen schoolkalender voor ${dag.datum}`);
    else if (kalender.isLesdag[d] === 0 && !isLeeg(dag)) fout('datum', 'lesdag', `${dag.datum} is geen lesdag van de school`);
  }
  return problemen;
}

/** A record that says nothing (all zero). */
export function isLeeg(dag: AbsentieDag): boolean {
  return !(dag.ongeoorloofd ?? 0) && !(dag.ziek ?? 0) && !(dag.verlof ?? 0) && !(dag.schorsing ?? 0) && !(dag.teLaat ?? 0) && !(dag.uitgestuurd ?? 0);
}
