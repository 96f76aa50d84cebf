import { z } from 'zod';
import { rmcRegioCodeSchema } from '../../primitives';
import { organisatieRefSchema } from '../../model/notificaties/alert.model';

/** Path parameters `/organisaties/:type/:code/…`: an organisation that can receive alerts. */
export const organisatieParamsSchema = organisatieRefSchema;

/** Path parameter `/routering/:rmcRegio`. */
export const rmcRegioParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();
