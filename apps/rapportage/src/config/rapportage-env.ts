import { z } from 'zod';
import { serviceEnvSchema } from '@sluitend/platform';

/** rapportage's settings: the base plus the small-cell threshold for figures that leave the organisation. */
export const rapportageEnvSchema = serviceEnvSchema(3105, {
  /** Counts below this are suppressed in anything that leaves the organisation (DOMAIN.md "Rapportage": 5). */
  ONTHULLING_DREMPEL: z.coerce.number().int().min(1).max(1000).default(5),
});

export type RapportageEnv = z.infer<typeof rapportageEnvSchema>;
export const RAPPORTAGE_ENV = Symbol('RAPPORTAGE_ENV');
