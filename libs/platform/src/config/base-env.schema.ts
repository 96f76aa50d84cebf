import { z } from 'zod';
import { AuthConfig, DEFAULT_CLAIMS_MAPPING, DEFAULT_TOKEN_ALGORITHMS, jwksUrlProblem, TOKEN_ALGORITHMS, TokenAlgorithm } from '@sluitend/auth';
import { durationSchema } from './duration';

const csv = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const port = z.coerce.number().int().min(1).max(65535);

const required = (what: string) => z.string({ error: `required: ${what}` }).min(1, `required: ${what}`);

/** A claim's name or dotted path (URL-like names such as https://sluitend.nl/org included). */
const claimPath = (fallback: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_.:/-]{1,200}$/, 'a claim name or dotted path (letters, digits, _ . : / -)')
    .default(fallback);

const algorithms = z
  .string()
  .default(DEFAULT_TOKEN_ALGORITHMS.join(','))
  .transform(csv)
  .pipe(z.array(z.enum(TOKEN_ALGORITHMS, { error: `only asymmetric algorithms: ${TOKEN_ALGORITHMS.join(', ')}` })).min(1, 'at least one algorithm'));

/** Settings every service reads at boot. */
const baseEnvShape = {
  // Production unless said otherwise: `./sluitend up` says development, the tests and benches say test.
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DB_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case PostgreSQL identifier')
    .optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  KAFKA_BROKERS: z.string().min(1).transform(csv),
  TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .default('sluitend'),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(12),
  // Tokens are verified against the OpenID provider's keys in every environment (ARCHITECTURE §4).
  AUTH_ISSUER: required("the OpenID provider's issuer, exactly as in its tokens' iss"),
  AUTH_AUDIENCE: z.string().min(1).default('sluitend'),
  AUTH_JWKS_URL: required("the OpenID provider's JWKS URL (https; http only on loopback outside production)"),
  AUTH_ALGORITHMS: algorithms,
  AUTH_CLAIM_SUB: claimPath(DEFAULT_CLAIMS_MAPPING.sub),
  AUTH_CLAIM_NAME: claimPath(DEFAULT_CLAIMS_MAPPING.name),
  AUTH_CLAIM_ORG: claimPath(DEFAULT_CLAIMS_MAPPING.org),
  AUTH_CLAIM_ROLES: claimPath(DEFAULT_CLAIMS_MAPPING.roles),
  AUTH_ROLE_PREFIX: z.string().max(100).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The largest JSON body of a bulk or import route (policy table: grootBody), read only after the token is checked. */
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/)
    .default('30mb'),
  /** The largest JSON body of every other route. */
  HTTP_SMALL_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/)
    .default('256kb'),
  /** Writes (POST, PUT, PATCH, DELETE) per caller per minute, per replica; 0 switches the limit off (benchmarks). */
  WRITE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** Lookups (GETs of personal data: dossiers, aanmeldingen, monitor, alerts, cases …) per caller per route per minute, per replica; 0 switches it off. */
  LOOKUP_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
  DEMO_MODE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Copies of every topic partition; the k8s config sets 3. Applied when topics are created. */
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(10).default(1),
  /** Copies that must have a write before it counts (producers use acks=all); the k8s config sets 2. */
  KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(10).default(1),
  /** How long dead letters stay on their topic (retention.ms of every `.dlq` topic). */
  DEAD_LETTER_RETENTION: z.string().default('30d').pipe(durationSchema),
  /**
   * How long events stay on the `.events` topics (retention.ms, set on creation and brought in line at start): how far
   * back a projection can be rebuilt, at most the AVG's year for aanmelding data (ADR 0017). Absent: the broker's
   * default (a week locally). The inbox must remember events at least this long.
   */
  EVENT_RETENTION: z.string().pipe(durationSchema).optional(),
  /** How long the inbox remembers an event (its duplicate protection); at least the dead letters' retention. */
  INBOX_RETENTION: z.string().default('60d').pipe(durationSchema),
  /** Longest /health/ready waits for the database before it answers 503. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(1000),
  /** How often Kafka reachability, consumer lag, the outbox and due work are sampled for /metrics. */
  METRICS_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(200).max(300_000).default(10_000),
};

type CrossRules = {
  AUTH_JWKS_URL: string;
  NODE_ENV: 'development' | 'test' | 'production';
  DEMO_MODE: boolean;
  KAFKA_REPLICATION_FACTOR: number;
  KAFKA_MIN_INSYNC_REPLICAS: number;
  DEAD_LETTER_RETENTION: number;
  INBOX_RETENTION: number;
  EVENT_RETENTION?: number;
};

/** The inbox must outlive what can still be redelivered: a week of Kafka's own retention of the event topics. */
const MIN_INBOX_RETENTION_MS = 7 * 86_400_000;

/**
 * A service's environment schema: the base settings, the service's own default PORT and extra settings, and the
 * rules that hold across settings. Validated once at boot, typed after.
 */
export function serviceEnvSchema<E extends z.ZodRawShape>(defaultPort: number, extra: E) {
  return z.object({ ...baseEnvShape, PORT: port.default(defaultPort), ...extra }).superRefine((parsed, ctx) => {
    const env = parsed as unknown as CrossRules;
    const jwks = jwksUrlProblem(env.AUTH_JWKS_URL, env.NODE_ENV);
    if (jwks) ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: jwks });
    if (env.NODE_ENV === 'production' && env.DEMO_MODE) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_MODE'], message: 'production never runs in demo mode (set NODE_ENV=development for a demo)' });
    }
    if (env.KAFKA_REPLICATION_FACTOR >= 1 && env.KAFKA_MIN_INSYNC_REPLICAS > env.KAFKA_REPLICATION_FACTOR) {
      ctx.addIssue({ code: 'custom', path: ['KAFKA_MIN_INSYNC_REPLICAS'], message: 'cannot exceed KAFKA_REPLICATION_FACTOR' });
    }
    if (env.INBOX_RETENTION < Math.max(env.DEAD_LETTER_RETENTION, MIN_INBOX_RETENTION_MS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['INBOX_RETENTION'],
        message: 'must be at least DEAD_LETTER_RETENTION and 7d (a replay or redelivery must still find the event in the inbox)',
      });
    }
    if (env.EVENT_RETENTION !== undefined && env.INBOX_RETENTION < env.EVENT_RETENTION) {
      ctx.addIssue({
        code: 'custom',
        path: ['INBOX_RETENTION'],
        message: 'must be at least EVENT_RETENTION (a consumer group that reads a topic from its start must find every event in the inbox)',
      });
    }
  });
}

export type BaseEnv = z.infer<z.ZodObject<typeof baseEnvShape>>;

/** How the service verifies tokens, from its settings. */
export function authConfigOf(env: BaseEnv): AuthConfig {
  return {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    jwksUrl: env.AUTH_JWKS_URL,
    environment: env.NODE_ENV,
    algorithms: env.AUTH_ALGORITHMS as TokenAlgorithm[],
    claimsMapping: {
      sub: env.AUTH_CLAIM_SUB,
      name: env.AUTH_CLAIM_NAME,
      org: env.AUTH_CLAIM_ORG,
      roles: env.AUTH_CLAIM_ROLES,
      rolePrefix: env.AUTH_ROLE_PREFIX || undefined,
    },
  };
}
