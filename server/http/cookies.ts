import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from '../auth/sessions';

/**
 * Over https the cookie gets Secure and the __Host- prefix (bound to this host, path /, no Domain).
 * Over plain http (local use) browsers refuse both, so the plain name is used there.
 */
const PLAIN = 'werkplaats_sessie';
const HOST_PREFIXED = '__Host-werkplaats_sessie';

const isHttps = (req: FastifyRequest) => req.protocol === 'https';

export function sessionCookieName(req: FastifyRequest): string {
  return isHttps(req) ? HOST_PREFIXED : PLAIN;
}

export function readSessionToken(req: FastifyRequest): string | undefined {
  const value = req.cookies[sessionCookieName(req)];
  return value && value.length <= 100 ? value : undefined;
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName(req), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(req),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(req), { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(req) });
}

/** The id of a login on its way through the identity provider (server/http/oidc-client.ts), ten minutes at most. */
const pendingName = (req: FastifyRequest) => (isHttps(req) ? '__Host-werkplaats_oidc' : 'werkplaats_oidc');

export function setPendingLoginCookie(req: FastifyRequest, reply: FastifyReply, id: string, maxAgeMs: number): void {
  // Lax: the provider sends the browser back with a top-level GET, on which Lax cookies do travel.
  reply.setCookie(pendingName(req), id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(req),
    maxAge: maxAgeMs / 1000,
  });
}

export function takePendingLoginCookie(req: FastifyRequest, reply: FastifyReply): string | undefined {
  const value = req.cookies[pendingName(req)];
  reply.clearCookie(pendingName(req), { path: '/', httpOnly: true, sameSite: 'lax', secure: isHttps(req) });
  return value && value.length <= 100 ? value : undefined;
}
