import { z } from 'zod';
import { datumSchema, schooljaarSchema, vrijeTekst } from '../../primitives';

import { LANDELIJKE_VAKANTIEREGIOS } from '../../model/verzuim/verzuim.model';

const vakantieSchema = z.object({ naam: vrijeTekst(100), van: datumSchema, totEnMet: datumSchema }).strict();

/**
 * PUT /kalenders/:schooljaar — the school's calendar for a schooljaar: either its own vacations and free days, or the
 * national advice of its vacation region (only for a schooljaar with a cited source; otherwise refused).
 */
export const zetKalenderSchema = z
  .object({
    /** Take the national advice of this vacation region instead of own vacations. */
    landelijkAdvies: z.enum(LANDELIJKE_VAKANTIEREGIOS).optional(),
    vakanties: z.array(vakantieSchema).max(50).optional(),
    vrijeDagen: z.array(datumSchema).max(100).optional(),
    lesdagenInDeWeek: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
  })
  .strict()
  .refine((k) => (k.landelijkAdvies === undefined) !== (k.vakanties === undefined), {
    error: 'geef vakanties (eigen kalender) of landelijkAdvies (noord, midden, zuid), niet allebei',
    path: ['vakanties'],
    params: { rule: 'vakanties-of-landelijk-advies' },
  });
export type ZetKalender = z.infer<typeof zetKalenderSchema>;

export const kalenderParamsSchema = z.object({ schooljaar: schooljaarSchema }).strict();

export const kalenderResultaatSchema = z.object({
  /** The calendar version's id, named on every melding counted on it. */
  id: z.string(),
  schooljaar: schooljaarSchema,
  versie: z.number().int(),
  lesdagen: z.number().int(),
  lesweken: z.number().int(),
});
export type KalenderResultaat = z.infer<typeof kalenderResultaatSchema>;

/**
 * PUT /instellingen — what the law leaves to a school or its region: RMC-verzuim after 1–4 weeks (4 by law), and
 * whether 16 uur in 4 weken is also reported for the RMC group (a regional agreement).
 */
export const verzuimInstellingenSchema = z
  .object({
    rmcPeriodeWeken: z.number().int().min(1, { error: 'rmcPeriodeWeken: 1 tot en met 4' }).max(4, { error: 'rmcPeriodeWeken: 1 tot en met 4' }),
    zestienUurVoorRmcDoelgroep: z.boolean(),
  })
  .strict();
export type VerzuimInstellingenInvoer = z.infer<typeof verzuimInstellingenSchema>;
