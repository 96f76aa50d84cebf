import { z } from 'zod';
import { baseEnvSchema } from '@sluitend/platform';

export const rapportageEnvSchema = baseEnvSchema.and(
  z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3105) }),
);

export type RapportageEnv = z.infer<typeof rapportageEnvSchema>;
