import { z } from 'zod';
import { GEMEENTECODE_MELDING } from '../identifiers/gemeentecode';
import { gemeente } from './gemeenten';

export const WOONGEMEENTE_MELDING = 'Onbekende gemeentecode: geen huidige gemeente (CBS-indeling sinds 1 januari 2023)';

/** A woongemeente: the CBS code of a current gemeente (`GM0014`). Loads the gemeenten data on first use. */
export const woongemeenteSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, { error: GEMEENTECODE_MELDING, abort: true })
  .refine((code) => gemeente(code) !== undefined, { error: WOONGEMEENTE_MELDING });
