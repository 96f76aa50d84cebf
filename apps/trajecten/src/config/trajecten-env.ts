import { z } from 'zod';
import { baseEnvSchema } from '@sluitend/platform';

export const trajectenEnvSchema = baseEnvSchema.and(
  z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3103) }),
);

export type TrajectenEnv = z.infer<typeof trajectenEnvSchema>;
