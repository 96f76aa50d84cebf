import { z } from 'zod';
import { bsnEncryptionKeySchema, pseudonymKeySchema } from '@sluitend/domain-nl';
import { baseEnvSchema } from '@sluitend/platform';

/** overstap's settings: the base plus the keys for pseudonyms and for BSNs at rest. */
export const overstapEnvSchema = baseEnvSchema.and(
  z.object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3101),
    PSEUDONYM_KEY: pseudonymKeySchema,
    BSN_ENCRYPTION_KEY: bsnEncryptionKeySchema,
  }),
);

export type OverstapEnv = z.infer<typeof overstapEnvSchema>;
export const OVERSTAP_ENV = Symbol('OVERSTAP_ENV');
