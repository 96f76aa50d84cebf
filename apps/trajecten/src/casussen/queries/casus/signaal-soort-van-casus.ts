import { CASUS_SIGNAAL_SOORTEN, CasusSignaalSoort } from '@sluitend/contracts';

const SOORTEN: ReadonlySet<string> = new Set(CASUS_SIGNAAL_SOORTEN);

/** A stored kind as the contract's type (stored kinds are always known ones; this narrows the text column). */
export const isSignaalSoortVanCasus = (soort: string): soort is CasusSignaalSoort => SOORTEN.has(soort);
