import { z } from 'zod';
import { serviceEnvSchema } from '@sluitend/platform';

export const trajectenEnvSchema = serviceEnvSchema(3103, {});

export type TrajectenEnv = z.infer<typeof trajectenEnvSchema>;
