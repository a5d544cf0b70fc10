import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import type { Actor } from '../auth/actor';
import type { Language } from '../../shared/i18n/messages';
import { actorFromRequest, languageOf } from '../http/request-actor';
import { PublicCallLimiter } from '../auth/public-limiter';

export interface Context {
  db: Db;
  clock: Clock;
  actor: Actor | null;
  lang: Language;
  requestId: string;
  /** The client's address (as TRUST_PROXY lets us believe it): counts public calls. HTTP only. */
  ip?: string;
  /** Says whether this IP may make one more public call (server/auth/public-limiter.ts). HTTP only. */
  allowPublicCall?: (ip: string) => boolean;
  /** Audit events of views this request made, being written (server/audit.ts auditSoon). HTTP only. */
  auditsPending?: Promise<void>[];
}

/** For tests: build a context without HTTP. */
export function createContextInner(opts: {
  db: Db;
  clock: Clock;
  actor: Actor | null;
  lang?: Language;
  requestId?: string;
}): Context {
  return { lang: 'nl', requestId: 'test', ...opts };
}

export function contextFactory(db: Db, clock: Clock) {
  const publicCalls = new PublicCallLimiter(clock);
  const allowPublicCall = (ip: string) => publicCalls.allow(ip);
  return (req: FastifyRequest): Context => {
    const actor = actorFromRequest(db, clock, req);
    return {
      ...createContextInner({
        db,
        clock,
        actor,
        lang: languageOf(req, actor),
        requestId: String(req.id),
      }),
      ip: req.ip,
      allowPublicCall,
      auditsPending: [],
    };
  };
}

/** What the HTTP layer waits for before it answers: the audit events of the views in the answer. */
export const auditsWritten = (ctx: Context): Promise<unknown> => Promise.all(ctx.auditsPending ?? []);
