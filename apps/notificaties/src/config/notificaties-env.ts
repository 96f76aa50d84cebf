import { z } from 'zod';
import { baseEnvSchema } from '@sluitend/platform';

export const notificatiesEnvSchema = baseEnvSchema.and(
  z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3104) }),
);

export type NotificatiesEnv = z.infer<typeof notificatiesEnvSchema>;
