import { z } from 'zod';
import { vrijeTekst } from '../../primitives';
import { LEEFDOMEINEN, VAARDIGHEDEN } from '../../model/trajecten/begeleiding.model';

const score = (naam: string) =>
  z
    .number({ error: `${naam}: de score is een heel getal van 1 tot en met 5` })
    .int({ error: `${naam}: de score is een heel getal van 1 tot en met 5` })
    .min(1, { error: `${naam}: de score is een heel getal van 1 tot en met 5` })
    .max(5, { error: `${naam}: de score is een heel getal van 1 tot en met 5` });

const scores = <K extends string>(sleutels: readonly K[]) =>
  z.object(Object.fromEntries(sleutels.map((sleutel) => [sleutel, score(sleutel)])) as Record<K, ReturnType<typeof score>>).strict();

/**
 * POST /casussen/:id/screenings — a screening on every life domain and the four skills, each scored 1–5 (the
 * Zelfredzaamheid-Matrix scale); `afgenomenOp` defaults to now, never in the future. Each screening is kept: the
 * history shows the change.
 */
export const registreerScreeningSchema = z
  .object({
    leefdomeinen: scores(LEEFDOMEINEN),
    vaardigheden: scores(VAARDIGHEDEN),
    afgenomenOp: z.iso.datetime({ offset: true, error: 'afgenomenOp is een tijdstip (ISO 8601 met tijdzone)' }).optional(),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type RegistreerScreeningInvoer = z.infer<typeof registreerScreeningSchema>;

const scoresUit = <K extends string>(sleutels: readonly K[]) =>
  z.object(Object.fromEntries(sleutels.map((sleutel) => [sleutel, z.number().int()])) as Record<K, z.ZodNumber>);

/** A recorded screening. */
export const screeningSchema = z.object({
  id: z.uuid(),
  casusId: z.uuid(),
  door: z.string(),
  afgenomenOp: z.iso.datetime({ offset: true }),
  leefdomeinen: scoresUit(LEEFDOMEINEN),
  vaardigheden: scoresUit(VAARDIGHEDEN),
  /** The life domains scored at or below 2 (niet zelfredzaam). */
  knelpunten: z.array(z.enum(LEEFDOMEINEN)),
  toelichting: z.string().nullable(),
});
export type ScreeningView = z.infer<typeof screeningSchema>;

const veranderingSchema = z.object({
  van: z.iso.datetime({ offset: true }),
  naar: z.iso.datetime({ offset: true }),
  leefdomeinen: scoresUit(LEEFDOMEINEN),
  vaardigheden: scoresUit(VAARDIGHEDEN),
  verbeterd: z.array(z.enum(LEEFDOMEINEN)),
  verslechterd: z.array(z.enum(LEEFDOMEINEN)),
  knelpuntenVan: z.number().int(),
  knelpuntenNaar: z.number().int(),
});

/** GET /casussen/:id/screenings — the case's screenings, oldest first, and what the history says (from two on). */
export const screeningsSchema = z.object({
  screenings: z.array(screeningSchema),
  verloop: z.object({ sindsEerste: veranderingSchema, laatsteStap: veranderingSchema }).nullable(),
});
export type ScreeningsView = z.infer<typeof screeningsSchema>;
