import { z } from 'zod';
import { brinSchema, gemeentecodeSchema, rmcRegioCodeSchema } from '../../primitives';

/** The inbox states of an alert, in order (DOMAIN: nobody falls between the cracks until someone took it on). */
export const ALERT_STATUSSEN = ['nieuw', 'gezien', 'opgepakt', 'afgehandeld'] as const;
export type AlertStatus = (typeof ALERT_STATUSSEN)[number];

/** How an alert was closed. */
export const ALERT_UITKOMSTEN = [
  'contact-gelegd',
  'alsnog-aangemeld',
  'traject-gestart',
  'doorverwezen',
  'geen-actie-nodig',
  'onbereikbaar',
] as const;
export type AlertUitkomst = (typeof ALERT_UITKOMSTEN)[number];

/**
 * Who receives an alert, as a role relative to the student: the RMC of the woonregio, the VO school (decaan), the mbo
 * institution, the leerplicht of the woongemeente (only for students under 18), the region's coordinator
 * (escalations), and the jeugdarts of the GGD that serves the woongemeente (worrying sick leave, ADR 0022).
 */
export const ONTVANGER_ROLLEN = [
  'rmc-woonregio',
  'vo-school',
  'mbo-instelling',
  'leerplicht-woongemeente',
  'rmc-coordinator',
  'jeugdarts-woongemeente',
] as const;
export type OntvangerRol = (typeof ONTVANGER_ROLLEN)[number];

export const ALERT_ORGANISATIE_TYPES = ['rmc-regio', 'vo-school', 'mbo-instelling', 'gemeente', 'ggd'] as const;

const CODE_VAN_TYPE: Record<(typeof ALERT_ORGANISATIE_TYPES)[number], z.ZodType> = {
  'rmc-regio': rmcRegioCodeSchema,
  'vo-school': brinSchema,
  'mbo-instelling': brinSchema,
  gemeente: gemeentecodeSchema,
  // A GGD's jeugdarts acts for the gemeente it serves (ADR 0022): the gemeente's code.
  ggd: gemeentecodeSchema,
};

export const organisatieRefSchema = z
  .object({ type: z.enum(ALERT_ORGANISATIE_TYPES), code: z.string().regex(/^(\d{2}[A-Z]{2}|GM\d{4}|MC\d{2})$/) })
  .strict()
  .refine((org) => CODE_VAN_TYPE[org.type].safeParse(org.code).success, {
    error: 'code past niet bij type (rmc-regio: MCnn, vo-school/mbo-instelling: BRIN, gemeente/ggd: GMnnnn)',
    path: ['code'],
    params: { rule: 'organisatie.code' },
  });
export type OrganisatieRef = z.infer<typeof organisatieRefSchema>;
