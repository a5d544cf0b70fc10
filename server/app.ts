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
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { systemClock, type Clock } from './clock';
import { writesElsewhereSettled } from './write-gate';
import { appRouter } from './trpc/app-router';
import type { Meta } from './trpc/init';
import { registerTrpcRoutes } from './trpc/http-adapter';
import { auditsWritten, contextFactory } from './trpc/context';
import { registerAuthRoutes } from './http/auth.routes';
import { registerOidcRoutes } from './http/oidc.routes';
import { demoAccountsActive } from './demo-guard';
import type { OidcSettings } from './env';
import { registerCsrfGuard, registerSecurityHeaders } from './http/security';
import { REVALIDATE, registerStaticFiles } from './http/static-files';
import { projectRoot } from './paths';
import { translateMessage } from '../shared/i18n/messages';
import { languageOf } from './http/request-actor';
import { setReadCache } from './cache/read-cache';
import { configureMail, registerMailRoutes } from './features/mail/public';
import { registerCalendarRoutes } from './features/calendar/public';

export interface ServerOptions {
  db: Db;
  clock?: Clock;
  logLevel?: string;
  /** false, a number of hops (true = 1) or the proxies' addresses: never every proxy (server/env.ts). */
  trustProxy?: boolean | number | string[];
  rateLimitMax?: number;
  /** The address users reach (PUBLIC_URL): links in mails and calendar feeds, and the OpenID Connect redirect. */
  publicUrl?: string;
  mailFrom?: string;
  /** Log in with SURFconext when set (OIDC_* variables). */
  oidc?: OidcSettings | null;
  /** Folder with the built client; served when present. */
  clientDir?: string;
  /** READ_CACHE: keep computed answers and signed-in actors in memory (default true). */
  readCache?: boolean;
}

export const MAX_BATCH_SIZE = 20;

/**
 * Request body limits in bytes (issue 13: one request must not hold the server). A larger body is refused
 * with 413 from its Content-Length, before a byte of it is read; a chunked one as soon as it passes the limit.
 */
export const BODY_LIMIT = {
  small: 64 * 1024,
  trpc: 1024 * 1024,
  /** A round's XLSX or CSV (~3 MB as base64) and a snapshot: the only procedures that take files. */
  imports: 5 * 1024 * 1024,
} as const;
export const LARGE_BODY_PROCEDURES = ['placements.importFile', 'placements.importSnapshot'];
/** Deeper JSON input is refused before it is parsed; no schema of ours nests beyond a handful of levels. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Fastify reads a bare number as "trust no hop" (it cannot check the peer), so hops are a function of the
 * hop's position: the socket's peer is hop 0. Counting hops presumes the server is reachable only through
 * its proxies (HOST=localhost behind them, say); a list of addresses does not.
 */
function trustedProxies(setting: ServerOptions['trustProxy']) {
  const hops = setting === true ? 1 : setting;
  if (typeof hops === 'number') return (_address: string, hop: number) => hop < hops;
  return hops ?? false;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const clock = opts.clock ?? systemClock;
  setReadCache(opts.db, opts.readCache ?? true);
  if (opts.publicUrl) configureMail({ publicUrl: opts.publicUrl, from: opts.mailFrom });
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'silent' },
    trustProxy: trustedProxies(opts.trustProxy),
    // Bodies are small everywhere (log-in, log-out); tRPC allows more, and only the imports much more.
    bodyLimit: BODY_LIMIT.small,
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

  app.get('/healthz', () => ({ status: 'ok' }));
  // While another thread writes the database (a placement run's apply), a request that may write waits for
  // it here, asynchronously, rather than on SQLite's busy timeout, which would hold the server (decision 086).
  const dbFile = opts.db.$client.name;
  app.addHook('onRequest', (req, _reply, done) => {
    const settled =
      req.url === '/healthz' || req.url.startsWith('/assets/') ? undefined : writesElsewhereSettled(dbFile);
    if (settled) void settled.then(() => done());
    else done();
  });
  registerAuthRoutes(app, opts.db, clock);
  registerMailRoutes(app, opts.db, clock);
  registerCalendarRoutes(app, opts.db, clock);
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
    bodyLimit: BODY_LIMIT.trpc,
    largeBodies: Object.fromEntries(LARGE_BODY_PROCEDURES.map((path) => [path, BODY_LIMIT.imports])),
    maxInputDepth: MAX_INPUT_DEPTH,
    // Public procedures come one per request, so the per-IP limit on them counts every call (trpc/init.ts).
    unbatchable: (procedure) => (procedure._def.meta as Meta | undefined)?.permission === 'public',
    beforeSend: auditsWritten,
    onError({ error, ctx }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        app.log.error({ err: error.cause ?? error, reqId: ctx?.requestId }, 'procedure failed');
    },
  });

  const clientDir = opts.clientDir ?? join(projectRoot, 'dist', 'client');
  if (existsSync(join(clientDir, 'index.html'))) {
    await registerStaticFiles(app, clientDir);
    // The client routes in the browser: any other GET gets the app shell.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/auth')) {
        return reply.header('cache-control', REVALIDATE).sendFile('index.html');
      }
      return reply.code(404).send({ error: translateMessage('e.notFound', languageOf(req)) });
    });
  }
  return app;
}
