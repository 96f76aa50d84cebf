import { z } from 'zod';
import { rmcRegioCodeSchema } from '../../primitives';
import { CASUS_REGELS, CASUS_SIGNAAL_SOORTEN } from '../../model/trajecten/casus.model';

/** Path parameter `/casusregels/:rmcRegio`. */
export const casusRegelsParamsSchema = z.object({ rmcRegio: rmcRegioCodeSchema }).strict();

/**
 * PUT /casusregels/:rmcRegio — the region's own rule per signal kind; kinds left out follow the default. Doubles and a
 * fixed rule changed are refused by the domain (every line reported at once).
 */
export const zetCasusRegelsSchema = z
  .object({
    regels: z.array(
      z
        .object({
          signaalSoort: z.enum(CASUS_SIGNAAL_SOORTEN, { error: `signaalSoort is een van: ${CASUS_SIGNAAL_SOORTEN.join(', ')}` }),
          regel: z.enum(CASUS_REGELS, { error: 'regel is opent of koppelt' }),
        })
        .strict(),
    ),
  })
  .strict();
export type ZetCasusRegelsInvoer = z.infer<typeof zetCasusRegelsSchema>;

/** GET|PUT /casusregels/:rmcRegio — per signal kind whether it opens a case, and where that rule comes from. */
export const casusRegelsOverzichtSchema = z.object({
  rmcRegio: z.string(),
  regels: z.array(
    z.object({
      signaalSoort: z.enum(CASUS_SIGNAAL_SOORTEN),
      regel: z.enum(CASUS_REGELS),
      bron: z.enum(['regio', 'standaard', 'vast']),
    }),
  ),
});
export type CasusRegelsOverzicht = z.infer<typeof casusRegelsOverzichtSchema>;
