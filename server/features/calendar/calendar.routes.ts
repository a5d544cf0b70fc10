import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { translateMessage } from '../../../shared/i18n/messages';
import { languageOf } from '../../http/request-actor';
import { feedFor } from './calendar.service';

/** GET /agenda/<token>.ics: the private feed a calendar app subscribes to. */
export function registerCalendarRoutes(app: FastifyInstance, db: Db, clock: Clock): void {
  app.get<{ Params: { file: string } }>('/agenda/:file', async (req, reply) => {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(req.params.file);
    try {
      if (!match) throw new AppError('NOT_FOUND', 'e.calendar.feedInvalid');
      const body = feedFor(db, clock, match[1]!);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="werkplaats.ics"')
        .send(body);
    } catch (error) {
      if (error instanceof AppError)
        return reply.code(404).send({ error: translateMessage(error.message, languageOf(req)) });
      throw error;
    }
  });
}
