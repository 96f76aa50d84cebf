import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, persoonsnummerSchema, rmcRegioCodeSchema, vrijeTekst } from '../../primitives';

import { MELDING_ONTVANGERS, MELDING_STATUSSEN, VERZUIMSOORTEN } from '../../model/verzuim/verzuim.model';

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
  handmatig: z.boolean(),
  kalenders: z.array(z.string()),
  geregistreerdOp: z.iso.datetime({ offset: true }),
});
export type Verzuimmelding = z.infer<typeof verzuimmeldingSchema>;

export const verzuimmeldingenSchema = z.object({ meldingen: z.array(verzuimmeldingSchema) });
export type Verzuimmeldingen = z.infer<typeof verzuimmeldingenSchema>;
