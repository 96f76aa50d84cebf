/**
 * Statuses of an aanmelding at an mbo (DOMAIN.md "Overstap"): the legal VVA ones (aangemeld, onderwijsovereenkomst
 * aangeboden, ingeschreven, leidt niet tot inschrijving, ingetrokken), the non-legal "aanmelding ontvangen", and the
 * monitor's intake gepland/gedaan, toegelaten, afgewezen.
 */
export const AANMELDING_STATUSSEN = [
  'ontvangen',
  'aangemeld',
  'intake-gepland',
  'intake-gedaan',
  'toegelaten',
  'afgewezen',
  'onderwijsovereenkomst-aangeboden',
  'ingeschreven',
  'leidt-niet-tot-inschrijving',
  'ingetrokken',
] as const;
export type AanmeldingStatus = (typeof AANMELDING_STATUSSEN)[number];

/**
 * The statuses in which an aanmelding ended without an inschrijving. Every other status is "levend": the aanmelding
 * can still lead to an inschrijving (or did: ingeschreven). The one definition of a live aanmelding — the domain, the
 * SQL of overstap (as a parameter) and the geen-levende-aanmelding event all use it.
 */
export const NIET_LEVENDE_AANMELDING_STATUSSEN = [
  'afgewezen',
  'leidt-niet-tot-inschrijving',
  'ingetrokken',
] as const satisfies readonly AanmeldingStatus[];
export type NietLevendeAanmeldingStatus = (typeof NIET_LEVENDE_AANMELDING_STATUSSEN)[number];

/** An aanmelding that can still lead to an inschrijving, or did. */
export const isLevendeAanmelding = (status: AanmeldingStatus): boolean =>
  !(NIET_LEVENDE_AANMELDING_STATUSSEN as readonly AanmeldingStatus[]).includes(status);

/** The live statuses, as a list (for SQL: `status = ANY($n)`). */
export const LEVENDE_AANMELDING_STATUSSEN: readonly AanmeldingStatus[] = AANMELDING_STATUSSEN.filter(isLevendeAanmelding);
