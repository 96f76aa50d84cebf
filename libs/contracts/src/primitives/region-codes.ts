import { z } from 'zod';
import {
  GEMEENTECODE_MELDING,
  GEMEENTECODE_VORM,
  RMC_REGIO_CODE_MELDING,
  RMC_REGIO_CODE_VORM,
  WOONGEMEENTE_MELDING,
  gemeente,
  isValidRmcRegioCode,
} from '@sluitend/domain-nl';

/** A CBS gemeentecode (`GM0363`), upper-cased; says nothing about whether the gemeente exists. */
export const gemeentecodeSchema = z.string().trim().toUpperCase().regex(GEMEENTECODE_VORM, { error: GEMEENTECODE_MELDING });

/** A woongemeente: the code of a current gemeente (CBS division since 1 January 2023; the table is compiled in). */
export const woongemeenteSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(GEMEENTECODE_VORM, { error: GEMEENTECODE_MELDING, abort: true })
  .refine((code) => gemeente(code) !== undefined, {
    error: WOONGEMEENTE_MELDING,
    params: { rule: 'woongemeente.bestaat' },
  });

/** An RMC-regio code: MC + 2 digits, 01 to 41 (`MC03`), upper-cased. */
export const rmcRegioCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(RMC_REGIO_CODE_VORM, { error: RMC_REGIO_CODE_MELDING, abort: true })
  .refine(isValidRmcRegioCode, { error: RMC_REGIO_CODE_MELDING, params: { rule: 'rmc-regio' } });
