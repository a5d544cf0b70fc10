import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import type { Actor } from '../auth/actor';
import type { Language } from '../../shared/i18n/messages';
import { actorFromRequest, languageOf } from '../http/request-actor';

export interface Context {
  db: Db;
  clock: Clock;
  actor: Actor | null;
  lang: Language;
  requestId: string;
}

/** For tests: build a context without HTTP. */
export function createContextInner(opts: { db: Db; clock: Clock; actor: Actor | null; lang?: Language; requestId?: string }): Context {
  return { lang: 'nl', requestId: 'test', ...opts };
}

export function contextFactory(db: Db, clock: Clock) {
  return (req: FastifyRequest): Context =>
    createContextInner({ db, clock, actor: actorFromRequest(db, clock, req), lang: languageOf(req), requestId: String(req.id) });
}
