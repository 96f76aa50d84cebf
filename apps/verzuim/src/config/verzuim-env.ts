import { z } from 'zod';
import { pseudonymKeySchema } from '@sluitend/domain-nl/node';
import { durationSchema, serviceEnvSchema } from '@sluitend/platform';

/** verzuim's settings: the base plus the platform's pseudonym key (persoonsnummer → jongereId; no BSN is kept). */
export const verzuimEnvSchema = serviceEnvSchema(3102, {
  PSEUDONYM_KEY: pseudonymKeySchema,
  /** How long the inzage log (who read which personal data, AVG audit) is kept. */
  BEWAARTERMIJN_INZAGE: z.string().default('730d').pipe(durationSchema),
});

export type VerzuimEnv = z.infer<typeof verzuimEnvSchema>;
export const VERZUIM_ENV = Symbol('VERZUIM_ENV');
