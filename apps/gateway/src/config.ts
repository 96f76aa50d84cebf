import { join } from 'node:path';
import { z } from 'zod';

/** The services behind the gateway, each at SLUITEND_PORT_BASE + 1..5 by default. */
export const GATEWAY_SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
export type GatewayService = (typeof GATEWAY_SERVICES)[number];

/** The repository root, from dist/apps/gateway/src (how `./sluitend up` runs the gateway) or apps/gateway/src (tests). */
const REPO_ROOT = join(__dirname, __dirname.includes('/dist/') ? '../../../..' : '../../..');

const gatewayEnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  /** The built portal (vite build); default dist/web in the repository. */
  WEB_DIST: z.string().min(1).default(join(REPO_ROOT, 'dist/web')),
  /** The OpenID provider the portal logs in at (its issuer URL). */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3109'),
  /** Each service's base URL; default http://127.0.0.1:<PORT + n>. */
  OVERSTAP_URL: z.url().optional(),
  VERZUIM_URL: z.url().optional(),
  TRAJECTEN_URL: z.url().optional(),
  NOTIFICATIES_URL: z.url().optional(),
  RAPPORTAGE_URL: z.url().optional(),
  /** Demo mode shows the demo year page (the services refuse a clock jump outside demo mode anyway). */
  DEMO_MODE: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type GatewayConfig = {
  host: string;
  port: number;
  webDist: string;
  upstreams: Record<GatewayService, string>;
  /** What the portal reads at /config.json: where to log in, and whether the demo year page is there. */
  portal: { oidcIssuer: string; clientId: string; demo: boolean };
  logLevel: string;
};

/** The gateway's settings from the environment, or an error naming each bad variable and its rule. */
export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = gatewayEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const env = parsed.data;
  const upstream = (service: GatewayService, index: number) =>
    (env[`${service.toUpperCase()}_URL` as `${Uppercase<GatewayService>}_URL`] ?? `http://127.0.0.1:${env.PORT + index + 1}`).replace(/\/+$/, '');
  return {
    host: env.HOST,
    port: env.PORT,
    webDist: env.WEB_DIST,
    upstreams: Object.fromEntries(GATEWAY_SERVICES.map((service, index) => [service, upstream(service, index)])) as Record<GatewayService, string>,
    portal: { oidcIssuer: env.OIDC_ISSUER.replace(/\/+$/, ''), clientId: 'sluitend-portal', demo: env.DEMO_MODE === 'true' },
    logLevel: env.LOG_LEVEL,
  };
}
