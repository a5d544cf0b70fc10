import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { translateMessage } from '../../shared/i18n/messages';
import { languageOf } from './request-actor';

const guarded = (url: string) => url.startsWith('/trpc') || url.startsWith('/auth');

/** Is the request's Origin (when sent) this very site? */
function originIsOwn(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    // Both through URL, so default ports compare equal ("localhost:80" and "localhost").
    return new URL(origin).origin === new URL(`${req.protocol}://${req.host}`).origin;
  } catch {
    return false;
  }
}

/**
 * CSRF defence in depth on top of SameSite=Lax cookies: state changes only as POST application/json
 * (a form can't send that cross-site without CORS, and we grant no CORS), and anything the browser
 * marks cross-site or sends from a foreign Origin is refused before it reaches a procedure.
 */
export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    if (!guarded(req.url)) return;
    // The identity provider sends the browser back cross-site by design; state, PKCE and the pending-login
    // cookie protect that GET, which changes nothing the browser could forge.
    if (req.method === 'GET' && req.url.startsWith('/auth/oidc/')) return;
    const refuse = () => reply.code(403).send({ error: translateMessage('e.csrf', languageOf(req)) });
    if (req.headers['sec-fetch-site'] === 'cross-site' || !originIsOwn(req)) return refuse();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
      // A bodiless POST (e.g. a tool calling /auth/logout) carries nothing a form could forge.
      if (req.method !== 'POST' || (type !== 'application/json' && (hasBody || type !== ''))) return refuse();
    }
  });
  // Private data must not linger in shared or browser caches.
  app.addHook('onSend', async (req, reply) => {
    if (guarded(req.url)) reply.header('cache-control', 'no-store');
  });
}

/**
 * Helmet's security headers (CSP, HSTS, frame and referrer policy, nosniff, …) on every response. The
 * middleware is built once: @fastify/helmet built it anew for every request, parsing the CSP each time.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', (req, reply, done) =>
    setHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)),
  );
}
