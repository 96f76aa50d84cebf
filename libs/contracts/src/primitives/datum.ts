import { z } from 'zod';
import { ISO_DATE_MELDING, isIsoDate, localDateOf, systemClock } from '@sluitend/domain-nl';

/** A calendar day, `JJJJ-MM-DD`, that exists (no 2026-02-30). */
export const datumSchema = z.iso
  .date({ error: ISO_DATE_MELDING, abort: true })
  .refine(isIsoDate, { error: ISO_DATE_MELDING, params: { rule: 'datum.bestaat' } });

export const GEBOORTEDATUM_MELDINGEN = {
  toekomst: 'geboortedatum ligt in de toekomst',
  teVroeg: 'geboortedatum ligt vóór 1900-01-01',
} as const;

/**
 * Not after today in Europe/Amsterdam. Amsterdam is ahead of UTC (CET/CEST), so its date is the UTC date or the day
 * after it: a date up to the UTC date passes without the time-zone lookup (Intl, per dossier in a bulk submission);
 * only a date after it is compared with the Amsterdam date.
 */
export function nietNaVandaag(datum: string, nu: Date = systemClock.now()): boolean {
  return datum <= nu.toISOString().slice(0, 10) || datum <= localDateOf(nu);
}

/**
 * A date of birth: an existing day, not after today (Europe/Amsterdam, by the system clock: a demo clock only moves
 * forward, so what is valid now stays valid there) and not before 1900.
 */
export const geboortedatumSchema = datumSchema
  .refine(nietNaVandaag, { error: GEBOORTEDATUM_MELDINGEN.toekomst, params: { rule: 'geboortedatum.toekomst' } })
  .refine((datum) => datum >= '1900-01-01', { error: GEBOORTEDATUM_MELDINGEN.teVroeg, params: { rule: 'geboortedatum.bereik' } });
