import { z } from 'zod';
import { bsnEncryptionKeySchema, pseudonymKeySchema } from '@sluitend/domain-nl/node';
import { durationSchema, serviceEnvSchema } from '@sluitend/platform';

/** overstap's settings: the base plus the keys for pseudonyms and for BSNs at rest. */
export const overstapEnvSchema = serviceEnvSchema(3101, {
  PSEUDONYM_KEY: pseudonymKeySchema,
  BSN_ENCRYPTION_KEY: bsnEncryptionKeySchema,
  /** Weeks after an uitschrijving without startkwalificatie in which a re-enrolment closes the follow-up. */
  /**
   * How many days an mbo may date an aanmelding back (`aangemeldOp`), e.g. for a paper form entered later. Unset: 7 days,
   * or no bound in DEMO_MODE (the demo clock jumps months and years; the demo seed replays a year). The true
   * registration time is kept apart (`geregistreerd_op`) whatever is sent.
   */
  AANMELDING_TERUGDATEREN_MAX_DAGEN: z.coerce.number().int().min(0).max(366).optional(),
  /** Retention (DOMAIN: aanmelding data and uploads at most one year): aanmeldingen, from when they were received. */
  BEWAARTERMIJN_AANMELDINGEN: z.string().default('365d').pipe(durationSchema),
  /** Superseded versions of a dossier, from when they were submitted. */
  BEWAARTERMIJN_DOSSIER_VERSIES: z.string().default('365d').pipe(durationSchema),
  /** Finished CSV imports (their row messages), from when they finished. */
  BEWAARTERMIJN_DOSSIER_IMPORTS: z.string().default('365d').pipe(durationSchema),
  /** How long the inzage log (who read which personal data, AVG audit) is kept. */
  BEWAARTERMIJN_INZAGE: z.string().default('730d').pipe(durationSchema),
  /**
   * Bytes of CSV uploads this process may hold at once for its import jobs (waiting and running; each file lives only in
   * memory until its job ends): a file that would take the queue past it is refused with 413 (issue 11).
   */
  IMPORT_WACHTRIJ_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024 * 1024)
    .default(150 * 1024 * 1024),
  HERINSCHRIJVING_TERMIJN_WEKEN: z.coerce.number().int().min(1).max(52).default(4),
  /** Dates (MM-DD, before 1 April) on which decanen hear which students still have no aanmelding. */
  VROEGE_WAARSCHUWINGEN: z
    .string()
    .regex(/^(0[1-3]-[0-3]\d)(,0[1-3]-[0-3]\d)*$|^$/, 'komma-gescheiden MM-DD data vóór 1 april, bijv. 03-01,03-15')
    .default('03-01,03-15')
    .transform((value) => value.split(',').filter(Boolean))
    .superRefine((data, ctx) => {
      for (const maandDag of data) {
        if (!bestaatElkJaar(maandDag)) {
          ctx.addIssue({ code: 'custom', message: `${maandDag} bestaat niet in elk jaar (een datum in januari, februari tot en met 28, of maart)` });
        }
      }
    }),
});

/** Days per month in a year that is not a leap year: a warning date must exist every year (no 02-29, 02-30, 03-39). */
const DAGEN_PER_MAAND: Record<string, number> = { '01': 31, '02': 28, '03': 31 };

function bestaatElkJaar(maandDag: string): boolean {
  const [maand, dag] = maandDag.split('-');
  const dagNummer = Number(dag);
  return dagNummer >= 1 && dagNummer <= (DAGEN_PER_MAAND[maand] ?? 0);
}

export type OverstapEnv = z.infer<typeof overstapEnvSchema>;
export const OVERSTAP_ENV = Symbol('OVERSTAP_ENV');
