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
  /** The in-memory read caches (server/cache/read-cache.ts): "off" computes every answer afresh. */
  READ_CACHE: z.enum(['on', 'off']).default('on'),
});

export type Env = z.infer<typeof envSchema>;

/** The only reader of process.env. Fails fast with a readable message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
