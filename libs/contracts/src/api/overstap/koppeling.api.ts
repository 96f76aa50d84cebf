import { z } from 'zod';
import { bsnSchema, onderwijsnummerSchema } from '@sluitend/domain-nl';

/** POST /api/overstap/koppelingen: one line of DUO's BSN↔onderwijsnummer koppeling. */
export const koppelPersoonSchema = z
  .object({
    bsn: bsnSchema.describe('BSN (9 cijfers, 11-proef); wordt alleen als pseudoniem bewaard'),
    onderwijsnummer: onderwijsnummerSchema.describe('onderwijsnummer (9 cijfers, begint met 10, 11-proef rest 5)'),
  })
  .strict();
export type KoppelPersoon = z.infer<typeof koppelPersoonSchema>;

/** The result of one link: new, or already known (the same pair again changes nothing). */
export const koppelingResultaatSchema = z
  .object({
    van: z.string().describe('pseudoniem van het onderwijsnummer'),
    naar: z.string().describe('pseudoniem van het BSN'),
    nieuw: z.boolean().describe('true: de koppeling is nu vastgelegd en samengevoegd; false: was al bekend'),
  })
  .strict();
export type KoppelingResultaat = z.infer<typeof koppelingResultaatSchema>;

/** The answer to a CSV upload of DUO's koppeling: counts; a refused file is a 400 naming each line. */
export const koppelingImportResultaatSchema = z
  .object({
    rijen: z.number().int().nonnegative(),
    nieuw: z.number().int().nonnegative(),
    alBekend: z.number().int().nonnegative(),
  })
  .strict();
export type KoppelingImportResultaat = z.infer<typeof koppelingImportResultaatSchema>;
