import { DomainIssue, IsoDate, isIsoDate, isValidRmcRegioCode } from '@sluitend/domain-nl';
import { programmaOngeldig } from './programmas.errors';

/**
 * A programme a region runs for its young people (seed 000: "Wat wil je nou?" — five meetings in five weeks, about 8
 * per group; the Sollicitatieclub with flexible in- and outflow; Voorwerk up to 9 months; Pre-Entree, Educatieklas).
 */
export interface Programma {
  readonly id: string;
  readonly rmcRegio: string;
  readonly naam: string;
  /** Places at the same time; none = no limit (flexible in- and outflow). */
  readonly capaciteit?: number;
  readonly startdatum: IsoDate;
  /** None for a programme that keeps running. */
  readonly einddatum?: IsoDate;
}

export const MAX_CAPACITEIT = 1000;

/** A programme as a region defines it: a region code, a name, a period that runs forward, a sensible capacity. */
export function valideerProgramma(programma: Programma): Programma {
  const meldingen: DomainIssue[] = [];
  if (!isValidRmcRegioCode(programma.rmcRegio ?? '')) meldingen.push({ field: 'rmcRegio', rule: 'rmc-regio', message: 'rmcRegio is MC01 t/m MC41' });
  if (!programma.naam?.trim() || programma.naam.length > 200)
    meldingen.push({ field: 'naam', rule: 'naam.1-200', message: 'de naam is 1 tot 200 tekens' });
  const { capaciteit } = programma;
  if (capaciteit !== undefined && (!Number.isInteger(capaciteit) || capaciteit < 1 || capaciteit > MAX_CAPACITEIT)) {
    meldingen.push({ field: 'capaciteit', rule: 'capaciteit.1-1000', message: `de capaciteit is 1 tot en met ${MAX_CAPACITEIT}` });
  }
  if (!isIsoDate(programma.startdatum ?? '')) meldingen.push({ field: 'startdatum', rule: 'datum', message: 'startdatum is een datum JJJJ-MM-DD' });
  if (programma.einddatum !== undefined) {
    if (!isIsoDate(programma.einddatum)) meldingen.push({ field: 'einddatum', rule: 'datum', message: 'einddatum is een datum JJJJ-MM-DD' });
    else if (programma.einddatum < programma.startdatum)
      meldingen.push({ field: 'einddatum', rule: 'periode.volgorde', message: 'einddatum ligt niet voor startdatum' });
  }
  if (meldingen.length > 0) throw programmaOngeldig(meldingen);
  return programma;
}

/** Whether the programme runs on `datum` (start and end included). */
export const loopt = (programma: Programma, datum: IsoDate): boolean =>
  datum >= programma.startdatum && (programma.einddatum === undefined || datum <= programma.einddatum);
