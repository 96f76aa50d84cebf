import { CASUS_SIGNAAL_SOORTEN, Verzuimsoort } from '@sluitend/contracts';
/**
 * The signals about a person that may open or attach to a case (issue 13 item 1; DOMAIN.md "Overstap" signals 1, 3–6
 * and "Verzuim"). The early warning before 1 April is per vestiging, not per person, and never concerns a case.
 */
export const SIGNAAL_SOORTEN = CASUS_SIGNAAL_SOORTEN;

export type SignaalSoort = (typeof SIGNAAL_SOORTEN)[number];

const SOORTEN: ReadonlySet<string> = new Set(SIGNAAL_SOORTEN);

export const isSignaalSoort = (waarde: string): waarde is SignaalSoort => SOORTEN.has(waarde);

/** overstap's signal events (libs/contracts, OVERSTAP_EVENTS) and the kind each one is. */
export const SIGNAAL_SOORT_VAN_EVENT: Readonly<Record<string, SignaalSoort>> = {
  'overstap.deadline.geen-herinschrijving': 'geen-herinschrijving',
  'overstap.deadline.niet-ingeschreven-teldatum': 'niet-ingeschreven-teldatum',
  'overstap.signaal.negatief-bsa': 'negatief-bsa',
  'overstap.deadline.aanmelding-gemist': 'aanmelding-gemist',
  'overstap.signaal.geen-levende-aanmelding': 'geen-levende-aanmelding',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': 'uitschrijving-zonder-startkwalificatie',
};

/** The kind of an overstap signal event, or `undefined` for an event that is no case signal. */
export const signaalSoortVanEvent = (eventType: string): SignaalSoort | undefined =>
  Object.hasOwn(SIGNAAL_SOORT_VAN_EVENT, eventType) ? SIGNAAL_SOORT_VAN_EVENT[eventType] : undefined;

/** verzuim's melding for the RMC of the woonregio (18 to 23 without startkwalificatie): its soort says the case signal. */
export const VERZUIM_RMC_EVENT = 'verzuim.melding.voor-rmc';

/**
 * The kind per soort of verzuimmelding for the RMC: RMC-verzuim and langdurig relatief verzuim are case signals; 16 uur
 * in 4 weken (by regional agreement), luxe and overig verzuim reach the RMC as an alert only.
 */
export const SIGNAAL_SOORT_VAN_VERZUIMMELDING: Readonly<Record<Verzuimsoort, SignaalSoort | undefined>> = {
  rmc: 'rmc-verzuim',
  'langdurig-relatief': 'langdurig-relatief-verzuim',
  'zestien-uur': undefined,
  luxe: undefined,
  overig: undefined,
};

/** The kind of any signal event trajecten consumes: by its type (overstap), or by the melding's soort (verzuim). */
export function signaalSoortVan(event: { type: string; payload: unknown }): SignaalSoort | undefined {
  if (event.type !== VERZUIM_RMC_EVENT) return signaalSoortVanEvent(event.type);
  const soort = (event.payload as { soort?: string }).soort;
  return soort !== undefined && Object.hasOwn(SIGNAAL_SOORT_VAN_VERZUIMMELDING, soort)
    ? SIGNAAL_SOORT_VAN_VERZUIMMELDING[soort as Verzuimsoort]
    : undefined;
}
