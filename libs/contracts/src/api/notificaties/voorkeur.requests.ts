import { z } from 'zod';

/** PUT /organisaties/:type/:code/voorkeuren — how an organisation wants to hear of new alerts beside the inbox. */
export const voorkeurenSchema = z
  .object({
    emailAdressen: z.array(z.email({ error: 'emailAdressen bevat een ongeldig e-mailadres' })).max(20, { error: 'hoogstens 20 e-mailadressen' }),
    modus: z.enum(['direct', 'dagelijks'], { error: 'modus is direct of dagelijks (digest)' }),
    /** Where escalations go for an RMC-regio (its coordinator); ignored for other organisations. */
    coordinatorEmailAdressen: z
      .array(z.email({ error: 'coordinatorEmailAdressen bevat een ongeldig e-mailadres' }))
      .max(20)
      .default([]),
  })
  .strict();
export type Voorkeuren = z.infer<typeof voorkeurenSchema>;

/** PUT /organisaties/:type/:code/webhook — register (or replace) the organisation's webhook; the secret is returned once. */
export const webhookSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'url is een http(s)-adres' }),
  })
  .strict();

/** GET /organisaties/:type/:code/bezorgingen — how many of the newest deliveries. */
export const bezorgingenQuerySchema = z
  .object({ limiet: z.coerce.number({ error: 'limiet is een getal' }).int().min(1).max(500, { error: 'limiet is hoogstens 500' }).default(100) })
  .strict();
export type BezorgingenQuery = z.infer<typeof bezorgingenQuerySchema>;
