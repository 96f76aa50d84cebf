import { z } from 'zod';

/** GET /duo-lijsten/:lijstId/terugmelding.csv — the region's terugmelding of an imported DUO list. */
export const duoLijstParamsSchema = z.object({ lijstId: z.uuid({ error: 'lijstId is een uuid' }) }).strict();
