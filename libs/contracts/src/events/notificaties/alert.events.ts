import { z } from 'zod';
import { ALERT_STATUSSEN, ALERT_UITKOMSTEN, ONTVANGER_ROLLEN, organisatieRefSchema } from '../../model/notificaties/alert.model';

const basis = {
  alertId: z.uuid(),
  nummer: z.number().int().positive(),
  signaalType: z.string().min(1),
  organisatie: organisatieRefSchema,
  ontvanger: z.enum(ONTVANGER_ROLLEN),
};

/** notificaties.alert.aangemaakt: a signal became an alert in an organisation's inbox (one per signal and organisation). */
export const alertAangemaaktPayloadSchema = z
  .object({
    ...basis,
    signaalEventId: z.uuid(),
    aangemaaktOp: z.iso.datetime({ offset: true }),
    escalerenOp: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();

/** notificaties.alert.opgepakt: someone of the organisation took the alert on (assigned to a named user). */
export const alertOpgepaktPayloadSchema = z
  .object({ ...basis, vanStatus: z.enum(ALERT_STATUSSEN), opgepaktOp: z.iso.datetime({ offset: true }) })
  .strict();

/** notificaties.alert.afgehandeld: the alert was closed with an outcome. */
export const alertAfgehandeldPayloadSchema = z
  .object({ ...basis, uitkomst: z.enum(ALERT_UITKOMSTEN), afgehandeldOp: z.iso.datetime({ offset: true }) })
  .strict();

/** notificaties.alert.geescaleerd: nobody took the alert on in time; it went to the region's coordinator. */
export const alertGeescaleerdPayloadSchema = z
  .object({
    ...basis,
    escalatieAlertId: z.uuid(),
    coordinator: organisatieRefSchema,
    geescaleerdOp: z.iso.datetime({ offset: true }),
  })
  .strict();
