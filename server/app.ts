/**
 * buildServer assembles Fastify, the security plugins, the REST auth routes, tRPC and the client
 * bundle. It never listens: index.ts does, and tests use app.inject().
 *
 * Order matters: the security headers and the CSRF guard run on every request before tRPC sees it; the rate
 * limiter is global (per IP) with the login limiter in login-limiter.ts on top for credentials.
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { systemClock, type Clock } from './clock';
import { appRouter } from './trpc/app-router';
import { registerTrpcRoutes } from './trpc/http-adapter';
import { auditsWritten, contextFactory } from './trpc/context';
import { registerAuthRoutes } from './http/auth.routes';
import { registerOidcRoutes } from './http/oidc.routes';
import { demoAccountsActive } from './demo-guard';
import type { OidcSettings } from './env';
import { registerCsrfGuard, registerSecurityHeaders } from './http/security';
import { projectRoot } from './paths';
import { translateMessage } from '../shared/i18n/messages';
import { languageOf } from './http/request-actor';

export interface ServerOptions {
  db: Db;
  clock?: Clock;
  logLevel?: string;
  trustProxy?: boolean;
  rateLimitMax?: number;
  /** The address users reach (PUBLIC_URL); the OpenID Connect redirect is built on it. */
  publicUrl?: string;
  /** Log in with SURFconext when set (OIDC_* variables). */
  oidc?: OidcSettings | null;
  /** Folder with the built client; served when present. */
  clientDir?: string;
}

export const MAX_BATCH_SIZE = 20;

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? systemClock;
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'silent' },
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 5 * 1024 * 1024,
    // Batched tRPC GETs put every procedure name in the path.
    routerOptions: { maxParamLength: 5000 },
    genReqId: () => randomUUID().slice(0, 8),
    // Access logs belong to the proxy in front; we log errors (with the request id) and start-up.
    logController: new LogController({ disableRequestLogging: true }),
  });

  await app.register(cookie);
  registerSecurityHeaders(app);
  await app.register(rateLimit, {
    max: opts.rateLimitMax ?? 3000,
    timeWindow: '1 minute',
    errorResponseBuilder: (req, ctx) => ({
      statusCode: 429,
      error: translateMessage('e.tooManyRequests', languageOf(req)),
      retryAfter: ctx.after,
    }),
  });
  registerCsrfGuard(app);

  app.setErrorHandler((error: Error & { statusCode?: number }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error({ err: error, reqId: req.id }, 'unhandled error');
    const key = status === 500 ? 'e.internal' : status === 429 ? 'e.tooManyRequests' : 'e.badInput';
    return reply.code(status).send({ error: translateMessage(key, languageOf(req), { ref: String(req.id) }) });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  registerAuthRoutes(app, opts.db, clock);
  // What the login page and the header need before anyone is logged in.
  app.get('/auth/options', async () => ({
    oidcLabel: opts.oidc?.label ?? null,
    demo: await demoAccountsActive(opts.db),
  }));
  if (opts.oidc) {
    registerOidcRoutes(app, {
      db: opts.db,
      clock,
      settings: opts.oidc,
      publicUrl: opts.publicUrl ?? 'http://localhost:3000',
    });
  }

  await registerTrpcRoutes(app, {
    prefix: '/trpc',
    router: appRouter,
    createContext: contextFactory(opts.db, clock),
    maxBatchSize: MAX_BATCH_SIZE,
    beforeSend: auditsWritten,
    onError({ error, ctx }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        app.log.error({ err: error.cause ?? error, reqId: ctx?.requestId }, 'procedure failed');
    },
  });

  const clientDir = opts.clientDir ?? join(projectRoot, 'dist', 'client');
  if (existsSync(join(clientDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: clientDir, wildcard: false, index: false });
    // The client routes in the browser: any other GET gets the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/auth')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply.code(404).send({ error: translateMessage('e.notFound', languageOf(req)) });
    });
  }
  return app;
}
