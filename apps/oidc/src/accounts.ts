import { Claims, claimsSchema, claimsVanDemoGebruiker, DemoGebruiker, organisatieSchema, ROLES } from '@sluitend/auth';

/** What the login form sends: a demo user's id, or (development) an organisation `type:code`, roles and a name. */
export type LoginForm = { gebruiker?: string; organisatie?: string; rollen: string[]; naam?: string };

export type LoginResult = { accountId: string } | { fout: string; veld: 'gebruiker' | 'organisatie' | 'rol' | 'naam' };

const GENERATED = 'dev:';

/**
 * The people who can log in at the local provider: the demo users of the data file (`sub` demo-<id>) and, in
 * development, generated users for any organisation and role, whose id says who they are
 * (`dev:<type>:<code>:<role>[+<role>…]`), so a token's subject stays the same across restarts.
 */
export class Accounts {
  private readonly byId: Map<string, Claims>;
  private readonly names = new Map<string, string>();

  constructor(
    readonly gebruikers: DemoGebruiker[],
    readonly generatedUsers: boolean,
  ) {
    this.byId = new Map(gebruikers.map((gebruiker) => [claimsVanDemoGebruiker(gebruiker).sub, claimsVanDemoGebruiker(gebruiker)]));
  }

  /** The claims of an account id (the token's `sub`), or undefined for an id nobody has. */
  claimsOf(accountId: string): Claims | undefined {
    const demo = this.byId.get(accountId);
    if (demo) return demo;
    if (!this.generatedUsers || !accountId.startsWith(GENERATED)) return undefined;
    const [type, code, roles] = accountId.slice(GENERATED.length).split(':');
    const parsed = claimsSchema.safeParse({
      sub: accountId,
      name: this.names.get(accountId) ?? `Ontwikkelaar ${type} ${code}`,
      org: { type, code },
      roles: roles?.split('+'),
    });
    return parsed.success ? parsed.data : undefined;
  }

  /** Who the login form names, or what is wrong with it (the field and the rule, in Dutch). */
  login(form: LoginForm): LoginResult {
    if (form.gebruiker) {
      const sub = `demo-${form.gebruiker}`;
      return this.byId.has(sub) ? { accountId: sub } : { fout: `Er is geen demo-gebruiker '${form.gebruiker}'.`, veld: 'gebruiker' };
    }
    if (!this.generatedUsers) return { fout: 'Kies een demo-gebruiker.', veld: 'gebruiker' };
    if (!form.organisatie) return { fout: 'Kies een demo-gebruiker, of vul een organisatie in als type:code.', veld: 'organisatie' };
    const colon = form.organisatie.indexOf(':');
    const org = organisatieSchema.safeParse({ type: form.organisatie.slice(0, colon), code: form.organisatie.slice(colon + 1) });
    if (colon < 0 || !org.success) {
      return {
        fout: `Organisatie '${form.organisatie}' klopt niet: type:code, bijvoorbeeld vo-school:00AH, gemeente:GM0014, rmc-regio:MC03 of ops:platform.`,
        veld: 'organisatie',
      };
    }
    const onbekend = form.rollen.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (form.rollen.length === 0 || onbekend.length > 0) return { fout: `Kies een of meer rollen uit: ${ROLES.join(', ')}.`, veld: 'rol' };
    const naam = form.naam?.trim();
    if (naam !== undefined && naam.length > 100) return { fout: 'Een naam heeft hoogstens 100 tekens.', veld: 'naam' };
    const accountId = `${GENERATED}${org.data.type}:${org.data.code}:${[...new Set(form.rollen)].sort().join('+')}`;
    if (naam) this.names.set(accountId, naam);
    return { accountId };
  }
}
