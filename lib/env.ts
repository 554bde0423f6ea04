// The only reader of process.env: every setting is parsed and checked here once, and a wrong value stops
// start-up with a message that names the variable and what it expects.
import path from 'node:path';
import { z } from 'zod';

// An empty string in the environment means "not set" (docker-compose and shells produce them freely).
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const port = (fallback: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : v),
    z.coerce.number({ message: 'expected a port number (1-65535)' }).int('expected a whole number').min(1).max(65535),
  );

const positiveInt = (fallback: number, what: string) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : v),
    z.coerce.number({ message: `expected ${what}` }).int(`expected ${what}`).positive(`expected ${what}`),
  );

const url = (protocols: readonly string[], example: string) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((s) => {
        try {
          return protocols.includes(new URL(s).protocol);
        } catch {
          return false;
        }
      }, `expected a URL such as ${example}`)
      .optional(),
  );

const bool = (fallback: boolean) =>
  z.preprocess(
    (v) => (v === '' || v === undefined ? String(fallback) : String(v).toLowerCase()),
    z.enum(['true', 'false', '1', '0'], { message: 'expected true or false' }).transform((s) => s === 'true' || s === '1'),
  );

export const envSchema = z
  .object({
    NODE_ENV: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['development', 'production', 'test']).default('development')),
    PORT: port(3000),
    TOKENMETER_HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('0.0.0.0')),
    TOKENMETER_OTLP_PORT: port(4318),
    TOKENMETER_PUBLIC_URL: url(['http:', 'https:'], 'https://tokenmeter.example.com'),
    TOKENMETER_DATA_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./data')),
    TOKENMETER_LOG_LEVEL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['debug', 'info', 'warn', 'error'], { message: 'expected debug, info, warn or error' }).default('info'),
    ),
    TOKENMETER_MIGRATE_ON_START: bool(true),

    CLICKHOUSE_URL: url(['http:', 'https:'], 'http://clickhouse:8123'),
    CLICKHOUSE_USER: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('default')),
    CLICKHOUSE_PASSWORD: z.preprocess((v) => (v === undefined ? '' : v), z.string()),
    CLICKHOUSE_DATABASE: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a database name of letters, digits and underscores')
        .default('default'),
    ),
    CLICKHOUSE_CLUSTER: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'expected a cluster name as in remote_servers').optional(),
    ),

    DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://user:password@localhost:5432/tokenmeter'),

    TOKENMETER_MAX_BODY_BYTES: positiveInt(64 * 1024 * 1024, 'a size in bytes, such as 67108864'),
    TOKENMETER_INGEST_QUEUE_SPANS: positiveInt(50_000, 'a number of spans, such as 50000'),
    TOKENMETER_INGEST_BATCH_SPANS: positiveInt(5_000, 'a number of spans, such as 5000'),
    TOKENMETER_INGEST_BATCH_DELAY_MS: positiveInt(200, 'milliseconds, such as 200'),
    TOKENMETER_KEY_RATE_LIMIT_SPANS: z.preprocess(
      (v) => (v === '' || v === undefined ? 100_000 : v),
      z.coerce.number({ message: 'expected spans per second (0 turns the limit off)' }).int().min(0),
    ),

    TOKENMETER_INIT_ADMIN_EMAIL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.email({ message: 'expected an email address' }).optional(),
    ),
    TOKENMETER_INIT_ADMIN_PASSWORD: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(8, 'expected a password of at least 8 characters').optional(),
    ),
    TOKENMETER_INIT_PROJECT: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a slug: lower-case letters, digits and dashes, such as my-app')
        .optional(),
    ),
    TOKENMETER_INIT_API_KEY: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(20, 'expected a key of at least 20 characters (for example tm_ followed by random characters)').optional(),
    ),

    TOKENMETER_KEY_RATE_LIMIT_READS: z.preprocess(
      (v) => (v === '' || v === undefined ? 600 : v),
      z.coerce.number({ message: 'expected read API requests per minute (0 turns the limit off)' }).int().min(0),
    ),
    TOKENMETER_TRUST_PROXY: bool(false),

    NEXTAUTH_SECRET: optionalString,
    TOKENMETER_OIDC_ISSUER: url(['https:', 'http:'], 'https://login.example.com/realms/acme'),
    TOKENMETER_OIDC_CLIENT_ID: optionalString,
    TOKENMETER_OIDC_CLIENT_SECRET: optionalString,
    TOKENMETER_OIDC_NAME: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('Single sign-on')),
    TOKENMETER_GITHUB_CLIENT_ID: optionalString,
    TOKENMETER_GITHUB_CLIENT_SECRET: optionalString,
  })
  .superRefine((env, ctx) => {
    const init = [
      'TOKENMETER_INIT_ADMIN_EMAIL',
      'TOKENMETER_INIT_ADMIN_PASSWORD',
      'TOKENMETER_INIT_PROJECT',
      'TOKENMETER_INIT_API_KEY',
    ] as const;
    const set = init.filter((k) => env[k] !== undefined);
    if (set.length > 0 && set.length < init.length) {
      for (const k of init.filter((k) => env[k] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `must be set together with ${set.join(', ')}` });
      }
    }
    const pairs = [
      ['TOKENMETER_OIDC_ISSUER', 'TOKENMETER_OIDC_CLIENT_ID', 'TOKENMETER_OIDC_CLIENT_SECRET'],
      ['TOKENMETER_GITHUB_CLIENT_ID', 'TOKENMETER_GITHUB_CLIENT_SECRET'],
    ] as const;
    for (const group of pairs) {
      const given = group.filter((k) => env[k] !== undefined);
      if (given.length > 0 && given.length < group.length) {
        for (const k of group.filter((k) => env[k] === undefined)) {
          ctx.addIssue({ code: 'custom', path: [k], message: `must be set together with ${given.join(', ')}` });
        }
      }
    }
    if (env.CLICKHOUSE_CLUSTER && !env.CLICKHOUSE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLICKHOUSE_CLUSTER'],
        message: 'needs CLICKHOUSE_URL: a cluster is only used with a ClickHouse server',
      });
    }
    if (env.PORT === env.TOKENMETER_OTLP_PORT) {
      ctx.addIssue({ code: 'custom', path: ['TOKENMETER_OTLP_PORT'], message: 'must differ from PORT' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Tokenmeter cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee the Configuration table in README.md.`);
    this.name = 'EnvError';
  }
}

/** Parses any environment-shaped object; tests call this with their own values. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = source[name];
    const shown = given === undefined || /PASSWORD|SECRET|KEY|DATABASE_URL/.test(name) ? '' : ` (got "${given}")`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new EnvError(problems);
}

let cached: Env | undefined;

/** The process's validated configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Absolute data directory: embedded ClickHouse under clickhouse/, PGlite under postgres/. */
export function dataDir(e: Env = env()): string {
  return path.resolve(e.TOKENMETER_DATA_DIR);
}
