import { z } from 'zod';
import { alertOrganisatieSchema } from './alert.responses';

const tijdstip = z.iso.datetime({ offset: true });

/** GET|PUT /organisaties/:type/:code/voorkeuren — the organisation's channels (the webhook without its secret). */
export const kanalenSchema = z.object({
  organisatie: alertOrganisatieSchema,
  emailAdressen: z.array(z.string()),
  coordinatorEmailAdressen: z.array(z.string()),
  modus: z.enum(['direct', 'dagelijks']),
  webhook: z.object({ url: z.string(), actief: z.boolean(), opeenvolgendeFouten: z.number().int(), uitgeschakeldOp: tijdstip.nullable() }).nullable(),
});
export type Kanalen = z.infer<typeof kanalenSchema>;

/** PUT /organisaties/:type/:code/webhook — the webhook with its new secret (shown only in this answer). */
export const webhookGezetSchema = z.object({
  organisatie: alertOrganisatieSchema,
  url: z.string(),
  geheim: z.string().describe('whsec_…: alleen in dit antwoord'),
  actief: z.literal(true),
});
export type WebhookGezet = z.infer<typeof webhookGezetSchema>;

/** POST /organisaties/:type/:code/webhook/heractiveren — re-enabled, with the number of parked deliveries resumed. */
export const webhookHeractiveerdSchema = z.object({
  organisatie: alertOrganisatieSchema,
  actief: z.literal(true),
  hervatteBezorgingen: z.number().int(),
});
export type WebhookHeractiveerd = z.infer<typeof webhookHeractiveerdSchema>;

/** One attempt of a delivery. */
export const bezorgpogingSchema = z
  .object({
    poging: z.number().int(),
    op: z.string().describe('tijdstip van de poging'),
    gelukt: z.boolean(),
    httpStatus: z.number().int().nullable(),
    fout: z.string().nullable(),
    duurMs: z.number().int(),
  })
  .meta({ id: 'Bezorgpoging' });

/** GET /organisaties/:type/:code/bezorgingen — the newest deliveries with every attempt (no personal data). */
export const bezorgingenSchema = z.object({
  organisatie: alertOrganisatieSchema,
  bezorgingen: z.array(
    z.object({
      id: z.uuid(),
      kanaal: z.enum(['email', 'webhook']),
      soort: z.enum(['alert', 'escalatie', 'digest']),
      status: z.enum(['wachtend', 'verzonden', 'mislukt', 'opgeschort']),
      pogingen: z.number().int(),
      laatsteFout: z.string().nullable(),
      alerts: z.number().int().describe('aantal alerts in deze bezorging'),
      aangemaaktOp: tijdstip,
      verzondenOp: tijdstip.nullable(),
      volgendePogingOp: tijdstip.nullable(),
      log: z.array(bezorgpogingSchema),
    }),
  ),
});
export type Bezorgingen = z.infer<typeof bezorgingenSchema>;

/** POST /digest — what the daily digest bundled. */
export const digestResultaatSchema = z.object({ organisaties: z.number().int(), alerts: z.number().int() });
export type DigestResultaat = z.infer<typeof digestResultaatSchema>;
