import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, persoonsnummerSchema, rmcRegioCodeSchema, vrijeTekst } from '../../primitives';

import {
  MAS_FASEN,
  MAS_ROUTES,
  MELDING_ACTIES,
  MELDING_ONTVANGERS,
  MELDING_STATUSSEN,
  SLUITREDENEN,
  VERZUIMSOORTEN,
} from '../../model/verzuim/verzuim.model';

/** POST /meldingen — a verzuimmelding of any DUO kind made by hand by the school. */
export const doeMeldingSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    soort: z.enum(VERZUIMSOORTEN),
    startdatum: datumSchema,
    einddatum: datumSchema,
    urenGemist: z.number().min(0).max(10_000).optional(),
    dagenGemist: z.number().int().min(0).max(1_000).optional(),
    alleLessenGemist: z.boolean().optional(),
    vermoedelijkeReden: vrijeTekst(500).optional(),
    ondernomenActie: vrijeTekst(1000).optional(),
    actieGemeenteGewenst: z.boolean().optional(),
  })
  .strict()
  .refine((m) => m.einddatum >= m.startdatum, { error: 'einddatum ligt niet vóór startdatum', path: ['einddatum'], params: { rule: 'volgorde' } });
export type DoeMelding = z.infer<typeof doeMeldingSchema>;

/** A verzuimmelding as its readers see it: the pseudonym, codes and dates, never a name or BSN. */
export const verzuimmeldingSchema = z.object({
  id: z.uuid(),
  leerlingId: z.string(),
  brin: brinSchema,
  soort: z.enum(VERZUIMSOORTEN),
  startdatum: datumSchema,
  einddatum: datumSchema,
  urenGemist: z.number(),
  dagenGemist: z.number().int(),
  alleLessenGemist: z.boolean(),
  verplicht: z.boolean(),
  vervolgmelding: z.boolean(),
  ontvanger: z.enum(MELDING_ONTVANGERS),
  woongemeente: gemeentecodeSchema,
  rmcRegio: rmcRegioCodeSchema.nullable(),
  status: z.enum(MELDING_STATUSSEN),
  sluitreden: z.enum(SLUITREDENEN).nullable(),
  masFase: z.enum(MAS_FASEN).nullable(),
  masRoute: z.enum(MAS_ROUTES).nullable(),
  /** Set when a correction of the absence made the melding void while someone handled it: the behandelaar closes it. */
  vervallenOp: z.iso.datetime({ offset: true }).nullable(),
  handmatig: z.boolean(),
  kalenders: z.array(z.string()),
  geregistreerdOp: z.iso.datetime({ offset: true }),
});
export type Verzuimmelding = z.infer<typeof verzuimmeldingSchema>;

export const verzuimmeldingenSchema = z.object({ meldingen: z.array(verzuimmeldingSchema) });
export type Verzuimmeldingen = z.infer<typeof verzuimmeldingenSchema>;

export const meldingParamsSchema = z.object({ meldingId: z.uuid() }).strict();

/**
 * POST /meldingen/:meldingId/stappen — one step: a lifecycle action (the school withdraws; the behandelaar takes it
 * in behandeling, acknowledges it or closes it with one of DUO's reasons), and/or the next MAS phase or route.
 */
export const meldingStapSchema = z
  .object({
    actie: z.enum(MELDING_ACTIES).optional(),
    sluitreden: z.enum(SLUITREDENEN).optional(),
    fase: z.enum(MAS_FASEN).optional(),
    route: z.enum(MAS_ROUTES).optional(),
    toelichting: vrijeTekst(2000).optional(),
  })
  .strict()
  .refine((s) => s.actie !== undefined || s.fase !== undefined || s.route !== undefined, {
    error: 'geef een actie, een MAS-fase of een route',
    path: ['actie'],
    params: { rule: 'stap-leeg' },
  });
export type MeldingStap = z.infer<typeof meldingStapSchema>;

/** A melding with every step taken on it, oldest first. */
export const meldingMetStappenSchema = verzuimmeldingSchema.extend({
  stappen: z.array(
    z.object({
      actie: z.enum(MELDING_ACTIES).nullable(),
      naarStatus: z.enum(MELDING_STATUSSEN).nullable(),
      fase: z.enum(MAS_FASEN).nullable(),
      route: z.enum(MAS_ROUTES).nullable(),
      toelichting: z.string().nullable(),
      door: z.object({ type: z.string(), code: z.string() }),
      op: z.iso.datetime({ offset: true }),
    }),
  ),
});
export type MeldingMetStappen = z.infer<typeof meldingMetStappenSchema>;
