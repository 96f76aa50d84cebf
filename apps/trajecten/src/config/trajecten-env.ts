import { z } from 'zod';
import { pseudonymKeySchema } from '@sluitend/domain-nl/node';
import { serviceEnvSchema } from '@sluitend/platform';

/**
 * trajecten's settings: the base plus the platform pseudonym key (a case opened by hand names the person by BSN) and
 * the re-approach moments after a decline or no reach (months, ascending; DOMAIN.md: e.g. after 3 and 6 months).
 */
export const trajectenEnvSchema = serviceEnvSchema(3103, {
  PSEUDONYM_KEY: pseudonymKeySchema,
  HERAANPAK_MAANDEN: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2}){0,5}$/, 'komma-gescheiden maanden, oplopend, 1 tot 6 momenten van 1–24 maanden, bijv. 3,6')
    .default('3,6')
    .transform((waarde) => waarde.split(',').map(Number))
    .refine(
      (maanden) => maanden.every((m, i) => m >= 1 && m <= 24 && (i === 0 || m > maanden[i - 1])),
      'de momenten lopen op en liggen 1–24 maanden later',
    ),
  /** Working days a receiver has to accept a warm handover before it escalates (1–20, default 5). */
  OVERDRACHT_WERKDAGEN: z.coerce.number().int().min(1).max(20).default(5),
  /** Months after nazorg began (or the case closed with a place) that the nazorg check falls due (1–12, default 3). */
  NAZORG_MAANDEN: z.coerce.number().int().min(1).max(12).default(3),
});

export type TrajectenEnv = z.infer<typeof trajectenEnvSchema>;
export const TRAJECTEN_ENV = Symbol('TRAJECTEN_ENV');
