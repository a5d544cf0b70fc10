import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { loginSchema } from '../../shared/schemas/auth';
import { translateMessage } from '../../shared/i18n/messages';
import { fieldErrorsOf } from '../../shared/i18n/zod-issues';
import { login } from '../auth/login';
import { endSessionByToken, findSession } from '../auth/sessions';
import { audit } from '../audit';
import { LOGIN_WINDOW_MS } from '../auth/login-limiter';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './cookies';
import { languageOf } from './request-actor';

/** The REST contract other tools rely on: POST /auth/login and POST /auth/logout. */
export function registerAuthRoutes(app: FastifyInstance, db: Db, clock: Clock): void {
  app.post('/auth/login', async (req, reply) => {
    const lang = languageOf(req);
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) {
      return reply
        .code(400)
        .send({ error: translateMessage('e.badInput', lang), fieldErrors: fieldErrorsOf(parsed.error.issues, lang) });
    }
    const outcome = await login(db, clock, { ...parsed.data, ip: req.ip, previousToken: readSessionToken(req) });
    switch (outcome.kind) {
      case 'locked':
        return reply
          .code(429)
          .header('retry-after', String(LOGIN_WINDOW_MS / 1000))
          .send({ error: translateMessage('e.loginLocked', lang) });
      case 'failed':
        return reply.code(401).send({ error: translateMessage('e.loginFailed', lang) });
      case 'noAccess':
        return reply.code(403).send({ error: translateMessage('e.forbidden', lang) });
      case 'ok':
        setSessionCookie(req, reply, outcome.token);
        return reply.code(200).send({ ok: true });
    }
  });

  app.post('/auth/logout', async (req, reply) => {
    const token = readSessionToken(req);
    if (token) {
      const session = findSession(db, clock, token);
      endSessionByToken(db, token);
      if (session)
        audit(
          db,
          clock,
          { userId: session.userId, partnershipId: session.partnershipId },
          { action: 'logout', subjectType: 'user', subjectId: session.userId },
        );
    }
    clearSessionCookie(req, reply);
    return reply.code(200).send({ ok: true });
  });
}
