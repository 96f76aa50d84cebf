import { z } from 'zod';
import { ONTVANGER_ROLLEN } from '../../model/notificaties/alert.model';
import { SIGNAAL_TYPES, SignaalType } from './routering.requests';

/** GET|PUT /routering/:rmcRegio — per signal type who receives it, and whether the region set that itself. */
export const regioRouteringOverzichtSchema = z.object({
  rmcRegio: z.string(),
  regels: z.array(
    z.object({
      signaalType: z.enum(SIGNAAL_TYPES as [SignaalType, ...SignaalType[]]),
      ontvangers: z.array(z.enum(ONTVANGER_ROLLEN)),
      bron: z.enum(['regio', 'standaard']),
    }),
  ),
});
export type RegioRouteringOverzicht = z.infer<typeof regioRouteringOverzichtSchema>;
