import { z } from 'zod';
import { brinSchema, datumSchema, gemeentecodeSchema, persoonsnummerSchema, vrijeTekst } from '../../primitives';

import { GEWICHTIGE_OMSTANDIGHEDEN, VERLOF_BESLISSERS, VERLOF_STATUSSEN, VERLOFSOORTEN } from '../../model/verzuim/verzuim.model';

/**
 * POST /verlof — the school enters a parent's verlof request for a student (parents are not users): the kind, the
 * circumstance for gewichtige omstandigheden, the period, the day it was asked, and for vakantieverlof whether the
 * employer's statement is there.
 */
export const vraagVerlofAanSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    soort: z.enum(VERLOFSOORTEN),
    omstandigheid: z.enum(GEWICHTIGE_OMSTANDIGHEDEN).optional(),
    van: datumSchema,
    totEnMet: datumSchema,
    aangevraagdOp: datumSchema,
    werkgeversverklaring: z.boolean().optional(),
    ontstaanOp: datumSchema.optional(),
    toelichting: vrijeTekst(1000).optional(),
  })
  .strict()
  .refine((a) => a.totEnMet >= a.van, { error: 'totEnMet ligt niet vóór van', path: ['totEnMet'], params: { rule: 'volgorde' } });
export type VraagVerlofAan = z.infer<typeof vraagVerlofAanSchema>;

const bezwaarSchema = z.object({ code: z.string(), melding: z.string(), ernst: z.enum(['wettelijk', 'richtlijn']) });

/** A verlof request as its readers see it: the pseudonym, codes and dates, never a name or BSN. */
export const verlofaanvraagSchema = z.object({
  id: z.uuid(),
  leerlingId: z.string(),
  brin: brinSchema,
  woongemeente: gemeentecodeSchema,
  soort: z.enum(VERLOFSOORTEN),
  omstandigheid: z.enum(GEWICHTIGE_OMSTANDIGHEDEN).nullable(),
  van: datumSchema,
  totEnMet: datumSchema,
  aangevraagdOp: datumSchema,
  schooljaar: z.string(),
  /** Lesdagen of the school's calendar in the period. */
  lesdagen: z.number().int(),
  beslisser: z.enum(VERLOF_BESLISSERS),
  /** What stands in the way: a legal bar (`wettelijk`: it cannot be granted) or a note (`richtlijn`). */
  bezwaren: z.array(bezwaarSchema),
  toewijsbaar: z.boolean(),
  status: z.enum(VERLOF_STATUSSEN),
  beslotenOp: z.iso.datetime({ offset: true }).nullable(),
  toelichting: z.string().nullable(),
  geregistreerdOp: z.iso.datetime({ offset: true }),
});
export type Verlofaanvraag = z.infer<typeof verlofaanvraagSchema>;

export const verlofaanvragenSchema = z.object({ aanvragen: z.array(verlofaanvraagSchema) });
export type Verlofaanvragen = z.infer<typeof verlofaanvragenSchema>;

export const verlofParamsSchema = z.object({ verlofId: z.uuid() }).strict();

/** POST /verlof/:verlofId/besluit — the decision on the merits: granted or refused, with the reasoning. */
export const beslisVerlofSchema = z
  .object({
    besluit: z.enum(['verleend', 'geweigerd']),
    toelichting: vrijeTekst(2000).optional(),
  })
  .strict();
export type BeslisVerlof = z.infer<typeof beslisVerlofSchema>;
