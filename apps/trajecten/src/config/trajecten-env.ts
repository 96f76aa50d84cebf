import { z } from 'zod';
import { pseudonymKeySchema } from '@sluitend/domain-nl/node';
import { serviceEnvSchema } from '@sluitend/platform';

/** trajecten's settings: the base plus the platform pseudonym key (a case opened by hand names the person by BSN). */
export const trajectenEnvSchema = serviceEnvSchema(3103, {
  PSEUDONYM_KEY: pseudonymKeySchema,
});

export type TrajectenEnv = z.infer<typeof trajectenEnvSchema>;
export const TRAJECTEN_ENV = Symbol('TRAJECTEN_ENV');
