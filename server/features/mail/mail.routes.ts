import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { forgotPasswordSchema, resetPasswordSchema } from '../../../shared/schemas/auth';
import { translateMessage } from '../../../shared/i18n/messages';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import { AppError } from '../../errors';
import { languageOf } from '../../http/request-actor';
import { RESET_WINDOW_MS, requestPasswordReset, resetPassword } from './password-reset';
import { unsubscribe } from './unsubscribe';
import { UNSUBSCRIBE_PATH } from './outbox';

/**
 * REST routes of the mail feature: the password reset pair (POST /auth/password/forgot → 202,
 * POST /auth/password/reset → 200 or 400) and the one-click unsubscribe POST that mail clients send
 * without a session or CSRF token (RFC 8058).
 */
export function registerMailRoutes(app: FastifyInstance, db: Db, clock: Clock): void {
  app.post('/auth/password/forgot', async (req, reply) => {
    const lang = languageOf(req);
    const parsed = forgotPasswordSchema.safeParse(req.body);
    if (!parsed.success)
      return reply
        .code(400)
        .send({ error: translateMessage('e.badInput', lang), fieldErrors: fieldErrorsOf(parsed.error.issues, lang) });
    if (requestPasswordReset(db, clock, parsed.data.email, req.ip) === 'limited')
      return reply
        .code(429)
        .header('retry-after', String(RESET_WINDOW_MS / 1000))
        .send({ error: translateMessage('e.tooManyRequests', lang) });
    return reply.code(202).send({ ok: true });
  });

  app.post('/auth/password/reset', async (req, reply) => {
    const lang = languageOf(req);
    const parsed = resetPasswordSchema.safeParse(req.body);
    if (!parsed.success)
      return reply
        .code(400)
        .send({ error: translateMessage('e.badInput', lang), fieldErrors: fieldErrorsOf(parsed.error.issues, lang) });
    try {
      await resetPassword(db, clock, parsed.data.token, parsed.data.password);
    } catch (error) {
      if (error instanceof AppError) return reply.code(400).send({ error: translateMessage(error.message, lang) });
      throw error;
    }
    return reply.code(200).send({ ok: true });
  });

  // Mail clients POST "List-Unsubscribe=One-Click" as a form (RFC 8058); the body itself says nothing more.
  void app.register((scope, _opts, done) => {
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, parsed) => parsed(null, body));
    scope.post<{ Params: { token: string } }>(`${UNSUBSCRIBE_PATH}:token`, async (req, reply) => {
      const lang = languageOf(req);
      try {
        const { kinds } = unsubscribe(db, clock, req.params.token.slice(0, 200));
        return reply.code(200).send({ ok: true, kinds });
      } catch (error) {
        if (error instanceof AppError) return reply.code(404).send({ error: translateMessage(error.message, lang) });
        throw error;
      }
    });
    done();
  });
}
