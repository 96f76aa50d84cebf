import { IsoDate, isoDate } from './iso-date';
import { endOfLocalDay } from './local-day';
import { Schooljaar, startjaarVan } from './schooljaar';
import { AMSTERDAM } from './time-zone';

/*
 * Key dates of the VO → MBO transfer, keyed by the schooljaar in which the student applies (usually the last
 * vo year). The mbo study itself starts in the following schooljaar. Example for `2025-2026`:
 *   teldatum 2025-10-01 · intake-eisen 2026-02-01 · toelatingsrecht until 2026-04-01 23:59:59.999 (Amsterdam)
 *   · volgende teldatum 2026-10-01 (zomerlek / VSV check of the new mbo year).
 */

/**
 * End of "on or before 1 April" in the second calendar year of the schooljaar, Europe/Amsterdam:
 * an aanmelding at or before this instant gives toelatingsrecht. `2025-2026` → 2026-04-01T21:59:59.999Z.
 */
export function toelatingsrechtDeadline(schooljaar: Schooljaar): Date {
  return endOfLocalDay(startjaarVan(schooljaar) + 1, 4, 1, AMSTERDAM);
}

/** 1 April of the second calendar year, as a day. */
export function toelatingsrechtDatum(schooljaar: Schooljaar): IsoDate {
  return isoDate(startjaarVan(schooljaar) + 1, 4, 1);
}

/** Mbo schools publish their intake requirements by 1 February of the second calendar year. */
export function intakeEisenPublicatie(schooljaar: Schooljaar): IsoDate {
  return isoDate(startjaarVan(schooljaar) + 1, 2, 1);
}

/** National count date (teldatum, VSV peildatum): 1 October at the start of the schooljaar. */
export function teldatum(schooljaar: Schooljaar): IsoDate {
  return isoDate(startjaarVan(schooljaar), 10, 1);
}

/**
 * The teldatum of the next schooljaar (1 October of the second calendar year): the date the vo school keeps
 * searching until (zomerlek) and the "t+1" of statistical VSV (enrolled on 1 Oct t, not on 1 Oct t+1).
 */
export function volgendeTeldatum(schooljaar: Schooljaar): IsoDate {
  return isoDate(startjaarVan(schooljaar) + 1, 10, 1);
}
