import { HANDMATIGE_AANLEIDINGEN } from '@sluitend/contracts';
import type { CasusStatus } from './casus-status';

/** How a case came to be (DOMAIN.md "Trajecten", issue 13 item 1). */
export type CasusAanleiding = 'signaal' | 'duo-lijst' | 'inbox-alert' | 'handmatig';

/** Who asked when a case is opened by hand: the young person walks in, a school, a partner, parents or someone else. */
export { HANDMATIGE_AANLEIDINGEN };
export type HandmatigeAanleiding = (typeof HANDMATIGE_AANLEIDINGEN)[number];

/** The netwerkoverleg's triage (seed 003): clear what is needed, or problems on several life domains. */
export type Triage = 'eenvoudig' | 'complex';

/** What the rules need to know of the person's open case in a region. */
export interface OpenCasusRef {
  readonly casusId: string;
  readonly status: CasusStatus;
}
