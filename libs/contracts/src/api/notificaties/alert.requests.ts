import { z } from 'zod';
import { vrijeTekst } from '../../primitives';
import { ALERT_STATUSSEN, ALERT_UITKOMSTEN } from '../../model/notificaties/alert.model';

/** POST /alerts/:id/opgepakt — assign the alert to a named user of the organisation (the caller when absent). */
export const pakAlertOpSchema = z
  .object({
    toegewezenAan: z
      .object({
        /** The user's id (the token's `sub`). */
        sub: vrijeTekst(200),
        naam: vrijeTekst(200),
      })
      .strict()
      .optional(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();

/** POST /alerts/:id/afgehandeld — close the alert with an outcome. */
export const handelAlertAfSchema = z
  .object({
    uitkomst: z.enum(ALERT_UITKOMSTEN, { error: `uitkomst is een van: ${ALERT_UITKOMSTEN.join(', ')}` }),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();

/** GET /alerts — the organisation's inbox, filtered and paged. */
export const alertsQuerySchema = z
  .object({
    status: z.enum(ALERT_STATUSSEN, { error: `status is een van: ${ALERT_STATUSSEN.join(', ')}` }).optional(),
    signaalType: z
      .string()
      .regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$|^escalatie$/, { error: 'signaalType is een eventtype of "escalatie"' })
      .optional(),
    geescaleerd: z.enum(['ja', 'nee'], { error: 'geescaleerd is ja of nee' }).optional(),
    toegewezenAan: vrijeTekst(200).optional(),
    pagina: z.coerce.number({ error: 'pagina is een getal' }).int().min(1, { error: 'pagina begint bij 1' }).default(1),
    perPagina: z.coerce.number({ error: 'perPagina is een getal' }).int().min(1).max(200, { error: 'perPagina is hoogstens 200' }).default(50),
  })
  .strict();
export type AlertsQuery = z.infer<typeof alertsQuerySchema>;

/** Path parameter `/alerts/:id`. */
export const alertParamsSchema = z.object({ id: z.uuid({ error: 'id is een uuid' }) }).strict();
