import { isIP } from 'node:net';
import { z } from 'zod';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** An IPv4/IPv6 address, optionally with a CIDR prefix length ("10.0.0.0/8"). */
const isAddressOrRange = (value: string) => {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
};

/**
 * `false`: no proxy, the socket's address is the client. `true` (or `1`): one hop, the usual single reverse
 * proxy: the last address it appended to X-Forwarded-For is the client, whatever the client wrote before it.
 * A number: that many hops. A comma-separated list of proxy addresses or ranges: only those are trusted.
 * Never "trust every proxy": that let any client choose its own address (and so its login limit).
 */
export const trustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === '0' || value === '') return false;
    if (value === 'true') return 1;
    if (/^\d+$/.test(value)) return Number(value);
    const list = value.split(',').map((a) => a.trim());
    if (list.every(isAddressOrRange)) return list;
    ctx.addIssue({ code: 'custom', message: 'expected true, false, a number of hops or a list of proxy addresses' });
    return z.NEVER;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_PATH: z.string().min(1).default('./data/werkplaats.db'),
  SEED_DEMO: booleanString.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Which proxies in front may tell the client's address and protocol (X-Forwarded-*): see trustProxySchema. */
  TRUST_PROXY: z.string().default('false').pipe(trustProxySchema),
  /** Requests per minute per IP before @fastify/rate-limit answers 429. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(3000),
  /** The in-memory read caches (server/cache/read-cache.ts): "off" computes every answer afresh. */
  READ_CACHE: z.enum(['on', 'off']).default('on'),
  /** Outgoing mail (smtp://host:port or smtps://user:pass@host:465); unset: mails wait in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Werkplaats <noreply@werkplaats.local>'),
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
