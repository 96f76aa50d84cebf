import { z } from 'zod';
import { serviceEnvSchema } from '@sluitend/platform';

export const rapportageEnvSchema = serviceEnvSchema(3105, {});

export type RapportageEnv = z.infer<typeof rapportageEnvSchema>;
