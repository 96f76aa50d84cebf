import { z } from 'zod';
import { eventContextSchema } from '../../envelope';
import { ALERT_ORGANISATIE_TYPES, ALERT_STATUSSEN, ALERT_UITKOMSTEN, ONTVANGER_ROLLEN } from '../../model/notificaties/alert.model';

const tijdstip = z.iso.datetime({ offset: true });

/** An organisation that receives alerts, as the API answers it. */
export const alertOrganisatieSchema = z.object({ type: z.enum(ALERT_ORGANISATIE_TYPES), code: z.string() }).meta({ id: 'AlertOrganisatie' });

/** An alert as the inbox shows it: codes and pseudonymous ids, never a BSN or a name of the student. */
export const alertSchema = z.object({
  id: z.uuid(),
  nummer: z.number().int().describe('volgnummer, in e-mails en webhooks het enige kenmerk van het signaal'),
  signaalType: z.string().describe('het eventtype van het signaal, of "escalatie"'),
  ontvanger: z.enum(ONTVANGER_ROLLEN),
  organisatie: alertOrganisatieSchema,
  status: z.enum(ALERT_STATUSSEN),
  toegewezenAan: z.object({ sub: z.string(), naam: z.string().nullable() }).nullable(),
  uitkomst: z.enum(ALERT_UITKOMSTEN).nullable(),
  jongereId: z.string().nullable().describe('pseudoniem van de jongere'),
  context: eventContextSchema,
  signaal: z.record(z.string(), z.unknown()).describe('de payload van het signaal (bij een escalatie: de oorspronkelijke alert)'),
  escalerenOp: tijdstip.nullable(),
  geescaleerdOp: tijdstip.nullable(),
  escalatieVan: z.uuid().nullable(),
  aangemaaktOp: tijdstip,
  gewijzigdOp: tijdstip,
  casusId: z.uuid().nullable().describe('de trajecten-casus die het signaal behandelt (alleen in de RMC-inbox), of null'),
});
export type Alert = z.infer<typeof alertSchema>;

// A schema with its own id is named in the OpenAPI document only where it is nested: nestjs-zod cannot take an id at
// the root of a DTO (with zod ≥ 4.5 the root becomes a $ref to itself, nestjs-zod issue #475), so the response
// schemas below have none.
const alertInLijst = alertSchema.meta({ id: 'Alert' });

/** GET /alerts — one page of the organisation's inbox. */
export const inboxSchema = z.object({
  organisatie: alertOrganisatieSchema,
  totaal: z.number().int(),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  alerts: z.array(alertInLijst),
});
export type Inbox = z.infer<typeof inboxSchema>;

/** GET /alerts/tellingen — the inbox counted per status. */
export const inboxTellingenSchema = z.object({
  organisatie: alertOrganisatieSchema,
  totaal: z.number().int(),
  perStatus: z.object(
    Object.fromEntries(ALERT_STATUSSEN.map((status) => [status, z.number().int()])) as Record<(typeof ALERT_STATUSSEN)[number], z.ZodNumber>,
  ),
  geescaleerd: z.number().int(),
});
export type InboxTellingen = z.infer<typeof inboxTellingenSchema>;

/** One line of an alert's history. */
export const alertHistorieRegelSchema = z
  .object({
    actie: z.string(),
    vanStatus: z.enum(ALERT_STATUSSEN).nullable(),
    naarStatus: z.enum(ALERT_STATUSSEN),
    door: z.object({ sub: z.string(), naam: z.string() }),
    toelichting: z.string().nullable(),
    op: tijdstip,
  })
  .meta({ id: 'AlertHistorieRegel' });

/** GET /alerts/:id — one alert with its history. */
export const alertMetHistorieSchema = alertSchema.extend({ historie: z.array(alertHistorieRegelSchema) });
export type AlertMetHistorie = z.infer<typeof alertMetHistorieSchema>;
