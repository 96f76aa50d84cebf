import { z } from 'zod';
import { bsnEncryptionKeySchema, pseudonymKeySchema } from '@sluitend/domain-nl';
import { serviceEnvSchema } from '@sluitend/platform';

/** overstap's settings: the base plus the keys for pseudonyms and for BSNs at rest. */
export const overstapEnvSchema = serviceEnvSchema(3101, {
  PSEUDONYM_KEY: pseudonymKeySchema,
  BSN_ENCRYPTION_KEY: bsnEncryptionKeySchema,
  /** Weeks after an uitschrijving without startkwalificatie in which a re-enrolment closes the follow-up. */
  HERINSCHRIJVING_TERMIJN_WEKEN: z.coerce.number().int().min(1).max(52).default(4),
});

export type OverstapEnv = z.infer<typeof overstapEnvSchema>;
export const OVERSTAP_ENV = Symbol('OVERSTAP_ENV');
