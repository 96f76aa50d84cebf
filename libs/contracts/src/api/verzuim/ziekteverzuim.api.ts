import { z } from 'zod';
import { ZIEKTEVERZUIM_GRONDEN } from '../../events/verzuim/ziekteverzuim.events';

/**
 * A M@ZL signal (zorgwekkend ziekteverzuim) as the jeugdarts of the woongemeente reads it: pseudonymous (the
 * student's jongereId), codes and dates only. `vervallenOp`: a correction of the absence made it void.
 */
export const ziekteverzuimSignaalSchema = z.object({
  id: z.uuid(),
  jongereId: z.string(),
  brin: z.string(),
  woongemeente: z.string(),
  grond: z.enum(ZIEKTEVERZUIM_GRONDEN),
  datum: z.string(),
  ziekmeldingen: z.array(z.string()),
  kalenders: z.array(z.string()),
  geregistreerdOp: z.string(),
  vervallenOp: z.string().nullable(),
});
export type ZiekteverzuimSignaal = z.infer<typeof ziekteverzuimSignaalSchema>;

export const ziekteverzuimSignalenSchema = z.object({ signalen: z.array(ziekteverzuimSignaalSchema) });
export type ZiekteverzuimSignalen = z.infer<typeof ziekteverzuimSignalenSchema>;

/** GET /ziekteverzuim: newest first; withdrawn signals only when asked for. */
export const ziekteverzuimQuerySchema = z
  .object({
    limiet: z.coerce.number().int().min(1).max(500).default(100),
    metVervallen: z.enum(['ja', 'nee']).default('nee'),
  })
  .strict();

export const ziekteverzuimParamsSchema = z.object({ signaalId: z.uuid() }).strict();
