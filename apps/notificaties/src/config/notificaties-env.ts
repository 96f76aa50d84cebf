import { z } from 'zod';
import { serviceEnvSchema } from '@sluitend/platform';

export const notificatiesEnvSchema = serviceEnvSchema(3104, {});

export type NotificatiesEnv = z.infer<typeof notificatiesEnvSchema>;
