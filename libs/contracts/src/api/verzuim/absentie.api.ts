import { z } from 'zod';
import { datumSchema, persoonsnummerSchema } from '../../primitives';

const uren = z.number().min(0, { error: 'uren: 0 of meer' }).max(12, { error: 'uren: hoogstens 12 lesuren per dag' }).optional();
const keren = z.number().int().min(0).max(12).optional();

/**
 * One student's absence on one lesdag. Sending a date again replaces that day's record (a correction); a record with
 * all zeros withdraws it. The day's records are then evaluated against the legal thresholds.
 */
export const absentieSchema = z
  .object({
    persoonsnummer: persoonsnummerSchema,
    datum: datumSchema,
    ongeoorloofd: uren,
    ziek: uren,
    /** Lesuren met verleend verlof. */
    verlof: uren,
    schorsing: uren,
    teLaat: keren,
    uitgestuurd: keren,
    alleLessenGemist: z.boolean().optional(),
  })
  .strict();
export type Absentie = z.infer<typeof absentieSchema>;

export const MAX_ABSENTIES_PER_VERZOEK = 10_000;

/** POST /absenties/bulk — all or nothing: one bad record refuses the request, naming its index, field and rule. */
export const absentiesSchema = z.object({ absenties: z.array(absentieSchema).min(1).max(MAX_ABSENTIES_PER_VERZOEK) }).strict();
export type Absenties = z.infer<typeof absentiesSchema>;

export const absentiesResultaatSchema = z.object({
  verwerkt: z.number().int(),
  leerlingen: z.number().int(),
  meldingen: z.object({
    /** Meldingen that became due and were filed. */
    nieuw: z.array(z.uuid()),
    /** Meldingen a correction made void (withdrawn while still geregistreerd). */
    vervallen: z.array(z.uuid()),
    /** Meldingen whose end, hours or recipient changed. */
    gewijzigd: z.array(z.uuid()),
  }),
});
export type AbsentiesResultaat = z.infer<typeof absentiesResultaatSchema>;
