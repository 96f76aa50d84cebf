import { z } from 'zod';

/** Kinds of organisation a user acts for (DOMAIN.md "Who is who"), each with the code that identifies it. */
export const ORGANISATIE_TYPES = ['vo-school', 'mbo-instelling', 'gemeente', 'rmc-regio', 'partner', 'ops'] as const;
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];

const ORG_CODE_RULES: Record<OrganisatieType, RegExp> = {
  'vo-school': /^\d{2}[A-Z]{2}$/,
  'mbo-instelling': /^\d{2}[A-Z]{2}$/,
  gemeente: /^GM\d{4}$/,
  'rmc-regio': /^MC\d{2}$/,
  partner: /^[a-z0-9-]{2,64}$/,
  ops: /^platform$/,
};

export const organisatieSchema = z
  .object({ type: z.enum(ORGANISATIE_TYPES), code: z.string() })
  .refine((org) => ORG_CODE_RULES[org.type].test(org.code), {
    message: 'org.code past niet bij org.type (vo-school/mbo-instelling: BRIN, gemeente: GMnnnn, rmc-regio: MCnn, ops: platform)',
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
  'partner',
  'ops',
  'beheerder',
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
