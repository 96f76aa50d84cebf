import { z } from 'zod';
import { durationSchema, serviceEnvSchema } from '@sluitend/platform';

/** rapportage's settings: the base plus the small-cell threshold for figures that leave the organisation. */
export const rapportageEnvSchema = serviceEnvSchema(3105, {
  /** Counts below this are suppressed in anything that leaves the organisation (DOMAIN.md "Rapportage": 5). */
  ONTHULLING_DREMPEL: z.coerce.number().int().min(1).max(1000).default(5),
  /** The day (MM-DD, Amsterdam) each year on which the tabellenboeken of the school year ended are generated: after the 1 October teldatum. */
  TABELLENBOEK_GENEREREN_OP: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/)
    .default('11-01'),
  /** The day (MM-DD, Amsterdam) each year on which the effectrapportages of the school year ended are generated (due 15 December). */
  EFFECTRAPPORTAGE_GENEREREN_OP: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/)
    .default('12-01'),
  /** How long a generated document is kept: figures (suppressed), no personal data, so they outlive the event log (ADR 0017). */
  BEWAARTERMIJN_DOCUMENTEN: z.string().default('3650d').pipe(durationSchema),
});

export type RapportageEnv = z.infer<typeof rapportageEnvSchema>;
export const RAPPORTAGE_ENV = Symbol('RAPPORTAGE_ENV');
