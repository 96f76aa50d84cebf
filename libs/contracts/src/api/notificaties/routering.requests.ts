import { z } from 'zod';
import { ONTVANGER_ROLLEN } from '../../model/notificaties/alert.model';

/**
 * The signals notificaties routes, with who receives them by default (DOMAIN.md, "Overstap": signals 1–6; "Verzuim": the meldingen). A region
 * may override the recipients per signal type (PUT /routering/:rmcRegio); this table is the default.
 */
export const STANDAARD_ROUTERING = {
  'overstap.deadline.aanmelding-gemist': ['rmc-woonregio', 'vo-school', 'leerplicht-woongemeente'],
  'overstap.signaal.vroege-waarschuwing': ['vo-school'],
  'overstap.signaal.geen-levende-aanmelding': ['vo-school', 'rmc-woonregio', 'leerplicht-woongemeente'],
  'overstap.deadline.niet-ingeschreven-teldatum': ['rmc-woonregio', 'leerplicht-woongemeente'],
  'overstap.signaal.uitschrijving-zonder-startkwalificatie': ['rmc-woonregio', 'leerplicht-woongemeente'],
  'overstap.deadline.geen-herinschrijving': ['rmc-woonregio', 'leerplicht-woongemeente'],
  'overstap.signaal.negatief-bsa': ['rmc-woonregio', 'mbo-instelling', 'leerplicht-woongemeente'],
  // verzuim (DOMAIN.md "Verzuim"): a melding for the leerplicht of the woongemeente (under 18), or for the RMC of the woonregio.
  'verzuim.melding.voor-leerplicht': ['leerplicht-woongemeente'],
  'verzuim.melding.voor-rmc': ['rmc-woonregio'],
  // zorgwekkend ziekteverzuim (M@ZL): the school's zorg (its inbox) and the jeugdarts of the GGD serving the woongemeente.
  'verzuim.ziekteverzuim.zorgwekkend': ['vo-school', 'jeugdarts-woongemeente'],
  // verlof beyond 10 school days a year: the leerplichtambtenaar of the woongemeente decides (Leerplichtwet art. 14).
  'verzuim.verlof.aangevraagd': ['leerplicht-woongemeente'],
  // trajecten: a warm handover not accepted in time escalates to the RMC coordinator of the case's region.
  'trajecten.casus.overdracht-geescaleerd': ['rmc-coordinator'],
} as const satisfies Record<string, ReadonlyArray<(typeof ONTVANGER_ROLLEN)[number]>>;

export type SignaalType = keyof typeof STANDAARD_ROUTERING;
export const SIGNAAL_TYPES = Object.keys(STANDAARD_ROUTERING) as SignaalType[];

const ontvangerRol = z.enum(ONTVANGER_ROLLEN.filter((rol) => rol !== 'rmc-coordinator') as [string, ...string[]], {
  error: 'ontvanger is rmc-woonregio, vo-school, mbo-instelling of leerplicht-woongemeente',
});

/** PUT /routering/:rmcRegio — the region's own recipients per signal type; types left out keep the default. */
export const regioRouteringSchema = z
  .object({
    regels: z
      .array(
        z
          .object({
            signaalType: z.enum(SIGNAAL_TYPES as [SignaalType, ...SignaalType[]], { error: `signaalType is een van: ${SIGNAAL_TYPES.join(', ')}` }),
            ontvangers: z.array(ontvangerRol).min(1, { error: 'ontvangers: minstens één' }),
          })
          .strict(),
      )
      .refine((regels) => new Set(regels.map((regel) => regel.signaalType)).size === regels.length, { error: 'elk signaalType hoogstens één keer' }),
  })
  .strict();
export type RegioRoutering = z.infer<typeof regioRouteringSchema>;
