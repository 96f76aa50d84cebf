import { z } from 'zod';
import { HOOGSTE_STARTJAAR, LAAGSTE_STARTJAAR, SCHOOLJAAR_VORM, isSchooljaarInBereik } from '@sluitend/domain-nl';

const opeenvolgend = (schooljaar: string) => Number(schooljaar.slice(5)) === Number(schooljaar.slice(0, 4)) + 1;

export const SCHOOLJAAR_MELDINGEN = {
  vorm: 'schooljaar is JJJJ-JJJJ, bijv. 2025-2026',
  opeenvolgend: 'schooljaar loopt over twee opeenvolgende jaren, bijv. 2025-2026',
  bereik: `schooljaar ligt tussen ${LAAGSTE_STARTJAAR}-${LAAGSTE_STARTJAAR + 1} en ${HOOGSTE_STARTJAAR}-${HOOGSTE_STARTJAAR + 1}`,
} as const;

/** A schooljaar (`2025-2026`): two consecutive years, within the range the platform serves. */
export const schooljaarSchema = z
  .string()
  .trim()
  .regex(SCHOOLJAAR_VORM, { error: SCHOOLJAAR_MELDINGEN.vorm, abort: true })
  .refine(opeenvolgend, { error: SCHOOLJAAR_MELDINGEN.opeenvolgend, params: { rule: 'schooljaar.opeenvolgend' }, abort: true })
  .refine(isSchooljaarInBereik, { error: SCHOOLJAAR_MELDINGEN.bereik, params: { rule: 'schooljaar.bereik' } });
