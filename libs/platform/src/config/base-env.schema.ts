import { z } from 'zod';

const csv = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** Settings every service reads at boot; a service extends it with its own. Validated once, typed after. */
export const baseEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535),
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
  })
  .refine((env) => env.AUTH_JWKS_URL || env.AUTH_LOCAL_SECRET, {
    message: 'set AUTH_JWKS_URL (production) or AUTH_LOCAL_SECRET (development)',
    path: ['AUTH_JWKS_URL'],
  })
  .refine((env) => env.NODE_ENV !== 'production' || (!env.AUTH_LOCAL_SECRET && !env.DEMO_MODE), {
    message: 'production uses AUTH_JWKS_URL only and never DEMO_MODE',
    path: ['NODE_ENV'],
  });

export type BaseEnv = z.infer<typeof baseEnvSchema>;
