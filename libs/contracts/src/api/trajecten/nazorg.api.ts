import { z } from 'zod';
import { rmcRegioCodeSchema, vrijeTekst } from '../../primitives';
import { NAZORG_RESULTATEN } from '../../model/trajecten/resultaten.model';

/** GET /nazorgcontroles/:rmcRegio — the region's nazorg checks that fell due and wait for a result. */
export const nazorgcontrolesParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();

/** POST /casussen/:id/nazorgcontrole — the result of the case's nazorg check (once it fell due, once). */
export const legNazorgcontroleVastSchema = z
  .object({
    resultaat: z.enum(NAZORG_RESULTATEN, { error: `resultaat is een van: ${NAZORG_RESULTATEN.join(', ')}` }),
    toelichting: vrijeTekst(2000, { verplicht: false }).optional(),
  })
  .strict();
export type LegNazorgcontroleVastInvoer = z.infer<typeof legNazorgcontroleVastSchema>;

export const nazorgcontroleSchema = z.object({
  casusId: z.uuid(),
  rmcRegio: z.string(),
  vanaf: z.iso.datetime({ offset: true }),
  dueAt: z.iso.datetime({ offset: true }),
  gevuurdOp: z.iso.datetime({ offset: true }).nullable(),
  casusregisseur: z.object({ sub: z.string(), naam: z.string() }).nullable(),
  resultaat: z.enum(NAZORG_RESULTATEN).nullable(),
  toelichting: z.string().nullable(),
  vastgelegdOp: z.iso.datetime({ offset: true }).nullable(),
});
export type NazorgcontroleView = z.infer<typeof nazorgcontroleSchema>;

export const nazorgcontrolesSchema = z.object({ rmcRegio: z.string(), nazorgcontroles: z.array(nazorgcontroleSchema) });
export type NazorgcontrolesView = z.infer<typeof nazorgcontrolesSchema>;
