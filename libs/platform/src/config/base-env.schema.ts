import { z } from 'zod';

const csv = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

const port = z.coerce.number().int().min(1).max(65535);

/** Settings every service reads at boot. */
const baseEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DB_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case PostgreSQL identifier').optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  KAFKA_BROKERS: z.string().min(1).transform(csv),
  TOPIC_PREFIX: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/).default('sluitend'),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(12),
  AUTH_ISSUER: z.string().default('sluitend-local'),
  AUTH_AUDIENCE: z.string().default('sluitend'),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_LOCAL_SECRET: z.string().min(32, 'AUTH_LOCAL_SECRET needs at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/).default('30mb'),
  DEMO_MODE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
};

type CrossRules = { AUTH_JWKS_URL?: string; AUTH_LOCAL_SECRET?: string; NODE_ENV: string; DEMO_MODE: boolean };

/**
 * A service's environment schema: the base settings, the service's own default PORT and extra settings, and the
 * rules that hold across settings. Validated once at boot, typed after.
 */
export function serviceEnvSchema<E extends z.ZodRawShape>(defaultPort: number, extra: E) {
  return z.object({ ...baseEnvShape, PORT: port.default(defaultPort), ...extra }).superRefine((parsed, ctx) => {
    const env = parsed as unknown as CrossRules;
    if (!env.AUTH_JWKS_URL && !env.AUTH_LOCAL_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'set AUTH_JWKS_URL (production) or AUTH_LOCAL_SECRET (development)' });
    }
    if (env.NODE_ENV === 'production' && (env.AUTH_LOCAL_SECRET || env.DEMO_MODE)) {
      ctx.addIssue({ code: 'custom', path: ['NODE_ENV'], message: 'production uses AUTH_JWKS_URL only and never DEMO_MODE' });
    }
  });
}

export type BaseEnv = z.infer<z.ZodObject<typeof baseEnvShape>>;
