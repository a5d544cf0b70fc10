import { z } from 'zod';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_PATH: z.string().min(1).default('./data/werkplaats.db'),
  SEED_DEMO: booleanString.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-Proto so cookies get Secure and __Host-. */
  TRUST_PROXY: booleanString.default(false),
  /** Requests per minute per IP before @fastify/rate-limit answers 429. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(3000),
  /** Serve the demo accounts beyond loopback or behind a proxy anyway (server/demo-guard.ts). */
  DEMO_PUBLIC: booleanString.default(false),
  /** The address users reach; links in invitations and the OpenID Connect redirect are built on it. */
  PUBLIC_URL: z.url().optional(),
  /** SURFconext (or any OpenID Connect provider): all three or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).max(60).default('SURFconext'),
});

const OIDC_KEYS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

const withDerived = envSchema
  .refine((env) => OIDC_KEYS.every((k) => env[k] === undefined) || OIDC_KEYS.every((k) => env[k] !== undefined), {
    message: 'set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together',
    path: ['OIDC_ISSUER'],
  })
  .transform(({ PUBLIC_URL, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_LABEL, ...env }) => ({
    ...env,
    PUBLIC_URL: (PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    OIDC:
      OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET
        ? { issuer: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, clientSecret: OIDC_CLIENT_SECRET, label: OIDC_LABEL }
        : null,
  }));

export type Env = z.output<typeof withDerived>;
export type OidcSettings = NonNullable<Env['OIDC']>;

/** The only reader of process.env. Fails fast with a readable message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = withDerived.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
