import { z } from 'zod';
import { datumSchema, rmcRegioCodeSchema, vrijeTekst } from '../../primitives';
import { DEELNAME_RESULTATEN } from '../../model/trajecten/resultaten.model';

/** GET|POST /programmas/:rmcRegio — the region's programmes. */
export const programmaRegioParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();
/** …/programmas/:rmcRegio/:programmaId */
export const programmaParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema, programmaId: z.uuid({ error: 'programmaId is een uuid' }) }).strict();
/** …/programmas/:rmcRegio/:programmaId/deelnames/:casusId/afmelden */
export const deelnameParamsSchema = z
  .object({
    rmcRegio: rmcRegioCodeSchema,
    programmaId: z.uuid({ error: 'programmaId is een uuid' }),
    casusId: z.uuid({ error: 'casusId is een uuid' }),
  })
  .strict();

/** POST /programmas/:rmcRegio — the coordinator starts a programme: a name, a period, a capacity (none: flexible in- and outflow). */
export const maakProgrammaSchema = z
  .object({
    naam: vrijeTekst(200),
    capaciteit: z
      .number({ error: 'capaciteit is een geheel getal' })
      .int({ error: 'capaciteit is een geheel getal' })
      .min(1, { error: 'de capaciteit is 1 tot en met 1000' })
      .max(1000, { error: 'de capaciteit is 1 tot en met 1000' })
      .optional(),
    startdatum: datumSchema,
    einddatum: datumSchema.optional(),
  })
  .strict();
export type MaakProgrammaInvoer = z.infer<typeof maakProgrammaSchema>;

/** POST …/:programmaId/beeindigen — the programme ends on a date (default: today). */
export const beeindigProgrammaSchema = z.object({ einddatum: datumSchema.optional() }).strict();
export type BeeindigProgrammaInvoer = z.infer<typeof beeindigProgrammaSchema>;

/** POST …/:programmaId/deelnames — a case joins on a date (default: today). */
export const meldAanProgrammaSchema = z.object({ casusId: z.uuid({ error: 'casusId is een uuid' }), datum: datumSchema.optional() }).strict();
export type MeldAanProgrammaInvoer = z.infer<typeof meldAanProgrammaSchema>;

/** POST …/:programmaId/deelnames/:casusId/afmelden — the participant leaves with a result. */
export const meldAfProgrammaSchema = z
  .object({
    resultaat: z.enum(DEELNAME_RESULTATEN, { error: `resultaat is een van: ${DEELNAME_RESULTATEN.join(', ')}` }),
    datum: datumSchema.optional(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type MeldAfProgrammaInvoer = z.infer<typeof meldAfProgrammaSchema>;

const perResultaat = z.object(
  Object.fromEntries(DEELNAME_RESULTATEN.map((r) => [r, z.number().int()])) as Record<(typeof DEELNAME_RESULTATEN)[number], z.ZodNumber>,
);

/** A programme with its results in one view: participants, still running, per result. */
export const programmaSchema = z.object({
  id: z.uuid(),
  rmcRegio: z.string(),
  naam: z.string(),
  capaciteit: z.number().int().nullable(),
  startdatum: z.iso.date(),
  einddatum: z.iso.date().nullable(),
  aangemaaktOp: z.iso.datetime({ offset: true }),
  resultaten: z.object({ deelnemers: z.number().int(), lopend: z.number().int(), perResultaat }),
});
export type ProgrammaView = z.infer<typeof programmaSchema>;

export const programmasSchema = z.object({ rmcRegio: z.string(), programmas: z.array(programmaSchema) });
export type ProgrammasView = z.infer<typeof programmasSchema>;

/** One participation: the case (its id only), when it joined and left, the result. */
export const deelnameSchema = z.object({
  programmaId: z.uuid(),
  casusId: z.uuid(),
  aangemeldOp: z.iso.date(),
  afgemeldOp: z.iso.date().nullable(),
  resultaat: z.enum(DEELNAME_RESULTATEN).nullable(),
  toelichting: z.string().nullable(),
});
export type DeelnameView = z.infer<typeof deelnameSchema>;

/** A programme with its participants, running first, then by joining date. */
export const programmaDetailSchema = programmaSchema.extend({ deelnames: z.array(deelnameSchema) });
export type ProgrammaDetailView = z.infer<typeof programmaDetailSchema>;
