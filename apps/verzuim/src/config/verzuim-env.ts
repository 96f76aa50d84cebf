import { z } from 'zod';
import { baseEnvSchema } from '@sluitend/platform';

export const verzuimEnvSchema = baseEnvSchema.and(
  z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3102) }),
);

export type VerzuimEnv = z.infer<typeof verzuimEnvSchema>;
