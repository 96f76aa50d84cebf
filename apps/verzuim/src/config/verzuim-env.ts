import { z } from 'zod';
import { serviceEnvSchema } from '@sluitend/platform';

export const verzuimEnvSchema = serviceEnvSchema(3102, {});

export type VerzuimEnv = z.infer<typeof verzuimEnvSchema>;
