import { parseArgs } from 'node:util';
import { Claims, ORGANISATIE_TYPES, OrganisatieType, Role, signLocalToken } from '@sluitend/auth';

const USAGE = `usage: sluitend token --org <type>:<code> --role <role>[,<role>] [--name "Naam"] [--sub id] [--expires 8h]
  types: ${ORGANISATIE_TYPES.join(', ')}
  e.g.   sluitend token --org vo-school:05KO --role schooladministratie`;

/** Mints a development token signed with AUTH_LOCAL_SECRET, for demo users and curl. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const secret = process.env.AUTH_LOCAL_SECRET;
  if (!values.org || !values.role) throw new Error(USAGE);
  if (!secret) throw new Error('AUTH_LOCAL_SECRET is not set (./sluitend up writes it to .local/sluitend.env)');
  const [type, code] = values.org.split(':');
  const claims: Claims = {
    sub: values.sub ?? `demo-${type}-${code}`,
    name: values.name ?? `Demo ${type} ${code}`,
    org: { type: type as OrganisatieType, code },
    roles: values.role.split(',') as Role[],
  };
  const token = await signLocalToken(claims, {
    secret,
    issuer: process.env.AUTH_ISSUER ?? 'sluitend-local',
    audience: process.env.AUTH_AUDIENCE ?? 'sluitend',
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
