import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Claims, claimsSchema, organisatieSchema, ROLES } from './claims';

/**
 * One demo user (no real person) per organisation and role, from `infra/demo/demo-gebruikers.json`: the users the
 * local OpenID provider lets log in, `./sluitend token` picks from, and the portal lists.
 */
const demoGebruikerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{2,64}$/),
    naam: z.string().min(1),
    organisatie: z.intersection(organisatieSchema, z.object({ naam: z.string().min(1) })),
    rollen: z.array(z.enum(ROLES)).min(1),
    omschrijving: z.string().min(1),
  })
  .strict();

const bestandSchema = z
  .object({ toelichting: z.string().optional(), gebruikers: z.array(demoGebruikerSchema).min(1) })
  .strict()
  .refine((bestand) => new Set(bestand.gebruikers.map((g) => g.id)).size === bestand.gebruikers.length, { message: 'elke id hoogstens één keer' });

export type DemoGebruiker = z.infer<typeof demoGebruikerSchema>;

/** The demo users of a data file, validated on load (the error names the file, the entry and the rule). */
export function leesDemoGebruikers(pad: string): DemoGebruiker[] {
  const parsed = bestandSchema.safeParse(JSON.parse(readFileSync(pad, 'utf8')));
  if (!parsed.success) throw new Error(`${pad}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.gebruikers;
}

/** The claims a demo user's token carries: `sub` is `demo-<id>`. */
export function claimsVanDemoGebruiker(gebruiker: DemoGebruiker): Claims {
  return claimsSchema.parse({
    sub: `demo-${gebruiker.id}`,
    name: gebruiker.naam,
    org: { type: gebruiker.organisatie.type, code: gebruiker.organisatie.code },
    roles: gebruiker.rollen,
  });
}

/** The first demo user of the organisation holding every role asked for, if any. */
export function vindDemoGebruiker(gebruikers: DemoGebruiker[], org: Claims['org'], roles: readonly string[]): DemoGebruiker | undefined {
  return gebruikers.find(
    (g) => g.organisatie.type === org.type && g.organisatie.code === org.code && roles.every((role) => (g.rollen as string[]).includes(role)),
  );
}
