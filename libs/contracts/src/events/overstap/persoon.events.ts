import { z } from 'zod';
import { jongereIdSchema } from '../../primitives';

/**
 * overstap.persoon.gekoppeld: DUO's koppeling says the person known by an onderwijsnummer has a BSN. From now on the
 * BSN's pseudonym is the person; every service moves what it keeps under the onderwijsnummer's pseudonym to it. Only
 * the two pseudonyms travel — never a BSN or onderwijsnummer. The envelope's jongereId is `naar`; its context routes the
 * merged person (the woongemeente overstap knows of them, when it knows one). The Kafka key is `van`: the link follows
 * every earlier event of the onderwijsnummer on its partition, so a consumer merges after applying them. Once per new link.
 */
export const persoonGekoppeldPayloadSchema = z
  .object({
    /** The pseudonym of the onderwijsnummer: it no longer names a person of its own. */
    van: jongereIdSchema,
    /** The pseudonym of the BSN: what `van` is merged into. */
    naar: jongereIdSchema,
  })
  .strict();
export type PersoonGekoppeld = z.infer<typeof persoonGekoppeldPayloadSchema>;
