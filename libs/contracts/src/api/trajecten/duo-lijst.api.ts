import { z } from 'zod';
import { datumSchema } from '../../primitives';

/** POST /duo-lijsten/a01?rapportagedatum=… — the report date of DUO's A01 list (no row may lie after it). */
export const a01QuerySchema = z.object({ rapportagedatum: datumSchema }).strict();

/** The report of an imported DUO list: per line what it became, with every problem by line, column and rule (never the value). */
export const duoLijstRapportSchema = z.object({
  lijstId: z.uuid(),
  soort: z.enum(['a01', 'oud-vsv']),
  rmcRegio: z.string(),
  aantalRijen: z.number().int(),
  telling: z.object({
    ongeldig: z.number().int(),
    'nieuwe-casus': z.number().int(),
    'bij-open-casus': z.number().int(),
    'buiten-doelgroep': z.number().int(),
  }),
  regels: z.array(
    z.object({
      regel: z.number().int(),
      status: z.enum(['ongeldig', 'nieuwe-casus', 'bij-open-casus', 'buiten-doelgroep']),
      casusId: z.uuid().nullable(),
      meldingen: z.array(z.object({ kolom: z.string(), rule: z.string(), message: z.string() })),
    }),
  ),
});
export type DuoLijstRapport = z.infer<typeof duoLijstRapportSchema>;

/** POST /duo-lijsten/oud-vsv?peildatum=… — the peildatum of the region's list of oud-VSV'ers (out of school ≥ 1 school year). */
export const oudVsvQuerySchema = z.object({ peildatum: datumSchema }).strict();
