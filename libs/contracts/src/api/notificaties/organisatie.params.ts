import { z } from 'zod';
import { organisatieRefSchema } from './alert.model';

/** Path parameters `/organisaties/:type/:code/…`: an organisation that can receive alerts. */
export const organisatieParamsSchema = organisatieRefSchema;

/** Path parameter `/routering/:rmcRegio`. */
export const rmcRegioParamsSchema = z.object({ rmcRegio: z.string().regex(/^MC\d{2}$/, { error: 'rmcRegio is MCnn, bijv. MC07' }) }).strict();
