import { z } from 'zod';
import { rmcRegioCodeSchema } from '../../primitives';
import { DEELNAME_RESULTATEN } from '../../api/trajecten/programma.api';

/** trajecten.programma.deelname-gestart: a case joined one of its region's programmes. Ids and codes only. */
export const programmaDeelnameGestartPayloadSchema = z
  .object({
    programmaId: z.uuid(),
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    aangemeldOp: z.iso.date(),
  })
  .strict();

/**
 * trajecten.programma.deelname-beeindigd: a participant left the programme with a result (one of the fixed results,
 * never the free-text explanation). For rapportage's results per programme.
 */
export const programmaDeelnameBeeindigdPayloadSchema = z
  .object({
    programmaId: z.uuid(),
    casusId: z.uuid(),
    rmcRegio: rmcRegioCodeSchema,
    aangemeldOp: z.iso.date(),
    afgemeldOp: z.iso.date(),
    resultaat: z.enum(DEELNAME_RESULTATEN),
  })
  .strict();
