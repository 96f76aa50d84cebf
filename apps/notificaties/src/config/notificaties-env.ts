import { z } from 'zod';
import { durationSchema, serviceEnvSchema } from '@sluitend/platform';

/** How long an alert may wait to be opgepakt: `N werkdagen` (Dutch working days) or, for demos and tests, `Ns`/`Nm`/`Nh`. */
export const escalatieTermijnSchema = z
  .string()
  .regex(/^\d+ werkdagen$|^\d+[smh]$/, 'ESCALATIE_TERMIJN is "N werkdagen" of een duur als 30s, 10m, 2h')
  .transform((value) => {
    const werkdagen = /^(\d+) werkdagen$/.exec(value);
    if (werkdagen) return { soort: 'werkdagen', werkdagen: Number(werkdagen[1]) } as const;
    const eenheid = { s: 1000, m: 60_000, h: 3_600_000 }[value.slice(-1) as 's' | 'm' | 'h'];
    return { soort: 'duur', ms: Number(value.slice(0, -1)) * eenheid } as const;
  });
export type EscalatieTermijn = z.infer<typeof escalatieTermijnSchema>;

/** notificaties' settings: the base plus the channels (SMTP, webhooks), escalation and the digest. */
export const notificatiesEnvSchema = serviceEnvSchema(3104, {
  /** SMTP server for e-mail alerts (smtp://host:port); without it, alerts stay in-app and webhook only. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL is smtp://host:poort' }).optional(),
  MAIL_FROM: z.string().default('Sluitend signalen <signalen@sluitend.local>'),
  /** Base address of the portal; e-mails and webhooks link to `<PORTAL_URL>/alerts/<id>`. */
  PORTAL_URL: z.url().default('http://127.0.0.1:3104/api/notificaties'),
  ESCALATIE_TERMIJN: z.string().default('5 werkdagen').pipe(escalatieTermijnSchema),
  /** Attempts per e-mail or webhook delivery before it counts as failed. */
  BEZORGING_MAX_POGINGEN: z.coerce.number().int().min(1).max(20).default(6),
  /** First retry delay; each next one doubles. */
  BEZORGING_BACKOFF_MS: z.coerce.number().int().min(10).default(10_000),
  /** Consecutive failed calls after which an organisation's webhook is disabled until an admin re-enables it. */
  WEBHOOK_UITSCHAKELEN_NA: z.coerce.number().int().min(1).default(10),
  /**
   * Let webhooks reach private, loopback and link-local addresses (a test or demo receiver on 127.0.0.1). Off by default:
   * at send time every address a webhook's host resolves to must be public (SSRF, issue 11).
   */
  WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN: z
    .enum(['true', 'false'], { error: 'WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN is true of false' })
    .default('false')
    .transform((value) => value === 'true'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Retention: alerts afgehandeld this long ago go, with their history. */
  BEWAARTERMIJN_AFGEHANDELDE_ALERTS: z.string().default('365d').pipe(durationSchema),
  /** Finished deliveries (sent or failed) and their attempts. */
  BEWAARTERMIJN_BEZORGINGEN: z.string().default('90d').pipe(durationSchema),
  /** Users known in an organisation (for assigning alerts), from when they were last seen. */
  BEWAARTERMIJN_MEDEWERKERS: z.string().default('365d').pipe(durationSchema),
  /** How long the inzage log (who read which personal data, AVG audit) is kept. */
  BEWAARTERMIJN_INZAGE: z.string().default('730d').pipe(durationSchema),
  /** When the daily digest goes out (cron, Europe/Amsterdam). */
  DIGEST_CRON: z.string().default('0 7 * * *'),
});

export type NotificatiesEnv = z.infer<typeof notificatiesEnvSchema>;
export const NOTIFICATIES_ENV = Symbol('NOTIFICATIES_ENV');
