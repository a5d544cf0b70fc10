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
  /** Where people reach the app; links in mails and calendar feeds start with it. Default http://localhost:<PORT>. */
  PUBLIC_URL: z.url().optional(),
  /** Outgoing mail (smtp://host:port or smtps://user:pass@host:465); unset: mails wait in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Werkplaats <noreply@werkplaats.local>'),
});

export type Env = z.infer<typeof envSchema> & { PUBLIC_URL: string };

/** The only reader of process.env. Fails fast with a readable message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return { ...env, PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '') };
}
