import type { EventType, ParsedEvent } from '@sluitend/contracts';
import { SIGNAAL_SOORT_VAN_EVENT, VERZUIM_RMC_EVENT } from './signaal-soort';

/** overstap's signal events that concern a case (the keys of SIGNAAL_SOORT_VAN_EVENT), as a type. */
export const CASUS_SIGNAAL_EVENTS = [
  'overstap.deadline.geen-herinschrijving',
  'overstap.deadline.niet-ingeschreven-teldatum',
  'overstap.signaal.negatief-bsa',
  'overstap.deadline.aanmelding-gemist',
  'overstap.signaal.geen-levende-aanmelding',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie',
] as const satisfies ReadonlyArray<EventType & keyof typeof SIGNAAL_SOORT_VAN_EVENT>;

/** overstap's case signals and verzuim's melding for the RMC (a case signal by its soort: RMC-verzuim, langdurig relatief). */
export type CasusSignaalEventType = (typeof CASUS_SIGNAAL_EVENTS)[number] | typeof VERZUIM_RMC_EVENT;

/** Any signal event trajecten consumes. */
export type CasusSignaalEvent = { [T in CasusSignaalEventType]: ParsedEvent<T> }[CasusSignaalEventType];
