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
