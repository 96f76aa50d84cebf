import { CASUS_SIGNAAL_SOORTEN } from '@sluitend/contracts';
/**
 * The signals about a person that may open or attach to a case (issue 13 item 1; DOMAIN.md "Overstap" signals 1, 3–6
 * and "Verzuim"). The early warning before 1 April is per vestiging, not per person, and never concerns a case.
 */
export const SIGNAAL_SOORTEN = CASUS_SIGNAAL_SOORTEN;

export type SignaalSoort = (typeof SIGNAAL_SOORTEN)[number];

const SOORTEN: ReadonlySet<string> = new Set(SIGNAAL_SOORTEN);

export const isSignaalSoort = (waarde: string): waarde is SignaalSoort => SOORTEN.has(waarde);

/**
 * overstap's signal events (libs/contracts, OVERSTAP_EVENTS) and the kind each one is. verzuim's RMC-verzuim and
 * langdurig relatief verzuim have no event in the catalog yet; their adapter maps them when they do.
 */
export const SIGNAAL_SOORT_VAN_EVENT: Readonly<Record<string, SignaalSoort>> = {
  'overstap.deadline.geen-herinschrijving': 'geen-herinschrijving',
  'overstap.deadline.niet-ingeschreven-teldatum': 'niet-ingeschreven-teldatum',
  'overstap.signaal.negatief-bsa': 'negatief-bsa',
  'overstap.deadline.aanmelding-gemist': 'aanmelding-gemist',
  'overstap.signaal.geen-levende-aanmelding': 'geen-levende-aanmelding',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': 'uitschrijving-zonder-startkwalificatie',
};

/** The kind of a signal event, or `undefined` for an event that is no case signal. */
export const signaalSoortVanEvent = (eventType: string): SignaalSoort | undefined =>
  Object.hasOwn(SIGNAAL_SOORT_VAN_EVENT, eventType) ? SIGNAAL_SOORT_VAN_EVENT[eventType] : undefined;
