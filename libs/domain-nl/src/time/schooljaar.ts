import { DomainNlError } from '../errors/domain-nl-error';
import { IsoDate, isoDate, parseIsoDate } from './iso-date';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './local-day';
import { AMSTERDAM } from './time-zone';

/** A school year, 1 August – 31 July, written `2025-2026`. */
export type Schooljaar = string;

export interface SchooljaarBounds {
  /** 1 August. */
  readonly eersteDag: IsoDate;
  /** 31 July of the next calendar year. */
  readonly laatsteDag: IsoDate;
  /** 1 August 00:00 Europe/Amsterdam. */
  readonly begin: Date;
  /** 31 July 23:59:59.999 Europe/Amsterdam. */
  readonly einde: Date;
}

export const SCHOOLJAAR_VORM = /^(\d{4})-(\d{4})$/;

export const SCHOOLJAAR_MELDING = 'Schooljaar moet twee opeenvolgende jaren zijn, bijv. 2025-2026';

/** First calendar year of a schooljaar: `2025-2026` → 2025. Throws `ONGELDIG_SCHOOLJAAR`. */
export function startjaarVan(schooljaar: Schooljaar): number {
  const match = SCHOOLJAAR_VORM.exec(schooljaar);
  const startjaar = match ? Number(match[1]) : NaN;
  if (!match || Number(match[2]) !== startjaar + 1 || startjaar < 1) {
    throw new DomainNlError('ONGELDIG_SCHOOLJAAR', SCHOOLJAAR_MELDING);
  }
  return startjaar;
}

/**
 * The schooljaren the platform serves: 2000-2001 up to 2099-2100. Anything outside is a typo (`0000-0001`,
 * `9998-9999`), refused at the edge rather than computed with.
 */
export const LAAGSTE_STARTJAAR = 2000;
export const HOOGSTE_STARTJAAR = 2099;

/** A schooljaar (two consecutive years) within LAAGSTE_STARTJAAR … HOOGSTE_STARTJAAR. */
export function isSchooljaarInBereik(text: string): boolean {
  if (!isSchooljaar(text)) return false;
  const startjaar = Number(text.slice(0, 4));
  return startjaar >= LAAGSTE_STARTJAAR && startjaar <= HOOGSTE_STARTJAAR;
}

export function isSchooljaar(text: string): boolean {
  const match = SCHOOLJAAR_VORM.exec(text);
  return match !== null && Number(match[2]) === Number(match[1]) + 1 && Number(match[1]) >= 1;
}

/** 2025 → `2025-2026`. */
export function schooljaarVanStartjaar(startjaar: number): Schooljaar {
  if (!Number.isInteger(startjaar) || startjaar < 1 || startjaar > 9998) {
    throw new DomainNlError('ONGELDIG_SCHOOLJAAR', SCHOOLJAAR_MELDING);
  }
  return `${String(startjaar).padStart(4, '0')}-${String(startjaar + 1).padStart(4, '0')}`;
}

/** The schooljaar a calendar day belongs to: 2025-08-01 … 2026-07-31 → `2025-2026`. */
export function schooljaarOf(datum: IsoDate): Schooljaar {
  const { year, month } = parseIsoDate(datum);
  return schooljaarVanStartjaar(month >= 8 ? year : year - 1);
}

/** The schooljaar of an instant, by its local day (Europe/Amsterdam unless given). */
export function schooljaarOfInstant(instant: Date, timeZone: string = AMSTERDAM): Schooljaar {
  return schooljaarOf(localDateOf(instant, timeZone));
}

export function schooljaarBounds(schooljaar: Schooljaar): SchooljaarBounds {
  const startjaar = startjaarVan(schooljaar);
  return {
    eersteDag: isoDate(startjaar, 8, 1),
    laatsteDag: isoDate(startjaar + 1, 7, 31),
    begin: startOfLocalDay(startjaar, 8, 1, AMSTERDAM),
    einde: endOfLocalDay(startjaar + 1, 7, 31, AMSTERDAM),
  };
}

export function volgendSchooljaar(schooljaar: Schooljaar): Schooljaar {
  return schooljaarVanStartjaar(startjaarVan(schooljaar) + 1);
}

export function vorigSchooljaar(schooljaar: Schooljaar): Schooljaar {
  return schooljaarVanStartjaar(startjaarVan(schooljaar) - 1);
}
