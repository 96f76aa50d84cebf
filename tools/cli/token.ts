import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_OIDC, leesDemoGebruikers, ORGANISATIE_TYPES, organisatieSchema, Role, ROLES, vindDemoGebruiker } from '@sluitend/auth';
import { demoLogin, DemoLoginUser } from '@sluitend/testing';

const USAGE = `usage: sluitend token --org <type>:<code> --role <role>[,<role>] [--name "Naam"]
       sluitend token --gebruiker <id>          (a demo user of infra/demo/demo-gebruikers.json)
  Logs in at the local OpenID provider (./sluitend up runs it) with the authorization-code flow and PKCE, as the
  demo user of that organisation with those roles, or else (development) as a generated user, and prints the access
  token. types: ${ORGANISATIE_TYPES.join(', ')}
  e.g.   TOKEN=$(./sluitend token --org vo-school:00AH --role schooladministratie)`;

class UsageError extends Error {}

/** Who to log in as: --gebruiker, or the demo user of --org with --role, or a generated user. */
function userOf(values: { org?: string; role?: string; name?: string; gebruiker?: string }, demoGebruikersBestand: string): DemoLoginUser {
  if (values.gebruiker) return { gebruiker: values.gebruiker };
  if (!values.org || !values.role) throw new UsageError(USAGE);
  const colon = values.org.indexOf(':');
  const org = organisatieSchema.safeParse({ type: values.org.slice(0, colon), code: values.org.slice(colon + 1) });
  if (colon < 0 || !org.success)
    throw new UsageError(`--org ${values.org}: <type>:<code>, e.g. vo-school:00AH, gemeente:GM0014, rmc-regio:MC03, ops:platform\n${USAGE}`);
  const roles = values.role.split(',').map((role) => role.trim());
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw new UsageError(`--role ${unknown.join(',')}: not a role (${ROLES.join(', ')})`);
  const demo = values.name ? undefined : vindDemoGebruiker(leesDemoGebruikers(demoGebruikersBestand), org.data, roles);
  return demo ? { gebruiker: demo.id } : { org: org.data, roles: roles as Role[], naam: values.name };
}

/** Prints an access token of the local OpenID provider for a demo organisation and role (stdout: the token only). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { org: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, gebruiker: { type: 'string' } },
  });
  const issuer = process.env.OIDC_ISSUER;
  if (!issuer) throw new UsageError('OIDC_ISSUER is not set (./sluitend sets it: the local OpenID provider of ./sluitend up)');
  const user = userOf(values, process.env.DEMO_GEBRUIKERS ?? join(__dirname, '../../../infra/demo/demo-gebruikers.json'));
  const health = await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => undefined);
  if (!health?.ok) throw new Error(`the OpenID provider at ${issuer} does not answer: start it with ./sluitend up`);
  const { accessToken } = await demoLogin({ issuer, clientId: LOCAL_OIDC.cli.clientId, redirectUri: LOCAL_OIDC.cli.redirectUri, user });
  process.stdout.write(`${accessToken}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
