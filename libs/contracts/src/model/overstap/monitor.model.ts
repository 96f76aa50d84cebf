/** Filters of the doorstroommonitor. */
export const MONITOR_FILTERS = ['alle', 'geen-aanmelding', 'geen-levende-aanmelding', 'risico', 'ingeschreven', 'uitgeschreven'] as const;
export type MonitorFilter = (typeof MONITOR_FILTERS)[number];

/** A student's overstap status, derived from the dossier, the aanmeldingen and the inschrijvingen. */
export const OVERSTAP_STATUSSEN = [
  'geen-mbo',
  'geen-aanmelding',
  'geen-levende-aanmelding',
  'aangemeld',
  'toegelaten',
  'ingeschreven',
  'uitgeschreven',
] as const;
export type OverstapStatus = (typeof OVERSTAP_STATUSSEN)[number];
