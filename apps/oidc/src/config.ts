import { join } from 'node:path';
import { z } from 'zod';
import { LOCAL_OIDC } from '@sluitend/auth';

/** The repository root, from dist/apps/oidc/src (how `./sluitend up` and the tests run the provider). */
const REPO_ROOT = join(__dirname, '../../../..');

const csv = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const urls = z
  .string()
  .transform(csv)
  .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1));

/** The local provider's settings, validated once at start. */
export const oidcEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3109),
    /** The issuer URL (iss); default http://HOST:PORT. Services set AUTH_ISSUER to exactly this. */
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_AUDIENCE: z.string().min(1).default('sluitend'),
    OIDC_SIGNING_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
    /** Access token lifetime in seconds (default 8 hours: a working day of curl in the demo). */
    OIDC_ACCESS_TOKEN_TTL: z.coerce
      .number()
      .int()
      .min(60)
      .max(86_400)
      .default(8 * 3600),
    /** Where the private signing keys are kept (made on first start); without it, fresh keys on every start. */
    OIDC_KEYS_FILE: z.string().min(1).optional(),
    DEMO_GEBRUIKERS: z.string().min(1).default(join(REPO_ROOT, 'infra/demo/demo-gebruikers.json')),
    /** Development: also let any organisation and role log in (the login page's second form, `./sluitend token`). */
    OIDC_GENERATED_USERS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    OIDC_PORTAL_REDIRECT_URIS: urls.default(['http://127.0.0.1:3100/auth/callback']),
    OIDC_PORTAL_POST_LOGOUT_REDIRECT_URIS: urls.default(['http://127.0.0.1:3100/']),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['NODE_ENV'],
        message:
          "the local OpenID provider is for development, demo and tests only; in production Sluitend uses the organisation's own provider (README)",
      });
    }
  });

export type OidcEnv = z.infer<typeof oidcEnvSchema>;

export type OidcConfig = {
  host: string;
  port: number;
  issuer: string;
  audience: string;
  resource: string;
  signingAlg: 'RS256' | 'ES256';
  accessTokenTtl: number;
  keysFile: string | undefined;
  demoGebruikersBestand: string;
  generatedUsers: boolean;
  portal: { redirectUris: string[]; postLogoutRedirectUris: string[] };
  logLevel: OidcEnv['LOG_LEVEL'];
};

export function oidcConfig(env: OidcEnv): OidcConfig {
  return {
    host: env.HOST,
    port: env.PORT,
    issuer: (env.OIDC_ISSUER ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    audience: env.OIDC_AUDIENCE,
    resource: LOCAL_OIDC.resource,
    signingAlg: env.OIDC_SIGNING_ALG,
    accessTokenTtl: env.OIDC_ACCESS_TOKEN_TTL,
    keysFile: env.OIDC_KEYS_FILE,
    demoGebruikersBestand: env.DEMO_GEBRUIKERS,
    generatedUsers: env.OIDC_GENERATED_USERS,
    portal: { redirectUris: env.OIDC_PORTAL_REDIRECT_URIS, postLogoutRedirectUris: env.OIDC_PORTAL_POST_LOGOUT_REDIRECT_URIS },
    logLevel: env.LOG_LEVEL,
  };
}

/** The settings from the environment, or an error naming each bad variable and its rule. */
export function loadOidcConfig(source: NodeJS.ProcessEnv = process.env): OidcConfig {
  const parsed = oidcEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return oidcConfig(parsed.data);
}
