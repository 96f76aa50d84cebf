import { z } from 'zod';
import { BRIN_VORM, GEMEENTECODE_VORM, isValidRmcRegioCode } from '@sluitend/domain-nl';

/** Kinds of organisation a user acts for (DOMAIN.md "Who is who"), each with the code that identifies it. */
export const ORGANISATIE_TYPES = ['vo-school', 'mbo-instelling', 'gemeente', 'rmc-regio', 'ggd', 'partner', 'ops'] as const;
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];

// The codes are the same primitives the API schemas and events use (domain-nl's validators), written exactly
// (no normalising: a token carries the canonical code).
const ORG_CODE_RULES: Record<OrganisatieType, (code: string) => boolean> = {
  'vo-school': (code) => BRIN_VORM.test(code),
  'mbo-instelling': (code) => BRIN_VORM.test(code),
  gemeente: (code) => GEMEENTECODE_VORM.test(code),
  'rmc-regio': (code) => code === code.trim().toUpperCase() && isValidRmcRegioCode(code),
  // The jeugdarts of a GGD acts for one gemeente the GGD serves: its code is that gemeente's CBS code (ADR 0022 —
  // no GGD-region table with a source is shipped in data/).
  ggd: (code) => GEMEENTECODE_VORM.test(code),
  partner: (code) => /^[a-z0-9-]{2,64}$/.test(code),
  ops: (code) => code === 'platform',
};

export const organisatieSchema = z.object({ type: z.enum(ORGANISATIE_TYPES), code: z.string() }).refine((org) => ORG_CODE_RULES[org.type](org.code), {
  message: 'org.code past niet bij org.type (vo-school/mbo-instelling: BRIN, gemeente/ggd: GMnnnn, rmc-regio: MCnn, ops: platform)',
  path: ['code'],
});

export type Organisatie = z.infer<typeof organisatieSchema>;

export const ROLES = [
  'schooladministratie',
  'decaan',
  'mentor',
  'intaker',
  'trajectbegeleider',
  'rmc-coordinator',
  'leerplichtambtenaar',
  'jeugdarts',
  'partner',
  'ops',
  'beheerder',
  'functionaris-gegevensbescherming',
] as const;
export type Role = (typeof ROLES)[number];

/** The claims every Sluitend token carries (ARCHITECTURE §4). */
export const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  org: organisatieSchema,
  roles: z.array(z.enum(ROLES)).min(1),
});

export type Claims = z.infer<typeof claimsSchema>;
