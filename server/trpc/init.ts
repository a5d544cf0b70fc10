/**
 * The one initTRPC. Features may only use `router`, `publicProcedure` and `procedure(permission)`:
 * every procedure therefore states the permission it needs, and one without is refused (deny by
 * default — `denyByDefault` below runs first for every procedure, including ones built some other way).
 *
 * Error policy: services throw AppError (a Dutch message key); it becomes a TRPCError with the mapped
 * code. Zod input errors become per-field messages in the request's language. Anything else is an
 * internal error: the client sees a generic message with a reference, never a stack or SQL text.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';
import { isMessageKey, translateMessage } from '../../shared/i18n/messages';
import { fieldErrorsOf, type FieldErrors } from '../../shared/i18n/zod-issues';

export interface Meta {
  permission?: Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    isDev: process.env.NODE_ENV === 'development',
    errorFormatter({ shape, error, ctx }) {
      const lang = ctx?.lang ?? 'nl';
      let message = shape.message;
      let fieldErrors: FieldErrors | undefined;
      let conflict: AppError['conflict'];
      if (error.cause instanceof ZodError) {
        message = translateMessage('e.badInput', lang);
        fieldErrors = fieldErrorsOf(error.cause.issues, lang);
      } else if (error.cause instanceof AppError) {
        const params = Object.fromEntries(
          Object.entries(error.cause.params ?? {}).map(([k, v]) => [
            k,
            typeof v === 'string' && isMessageKey(v) ? translateMessage(v, lang) : v,
          ]),
        );
        message = translateMessage(error.cause.message, lang, params);
        if (error.cause.field) fieldErrors = { [error.cause.field]: message };
        conflict = error.cause.conflict;
      } else if (error.code === 'INTERNAL_SERVER_ERROR') {
        message = translateMessage('e.internal', lang, { ref: ctx?.requestId ?? '-' });
      } else if (error.code === 'PARSE_ERROR' || (error.code === 'BAD_REQUEST' && !(error.cause instanceof AppError))) {
        message = translateMessage('e.badInput', lang);
      }
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, message, data: { ...data, fieldErrors, conflict } };
    },
  });

/** Maps a service's AppError to the tRPC code it stands for. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw new TRPCError({
      code: result.error.cause.code,
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

const denyByDefault = t.middleware(({ ctx, meta, next }) => {
  const permission = meta?.permission;
  if (!permission)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'e.forbidden', cause: new AppError('FORBIDDEN', 'e.forbidden') });
  if (permission === 'public') {
    if (!ctx.actor && ctx.ip !== undefined && ctx.allowPublicCall && !ctx.allowPublicCall(ctx.ip))
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: 'e.tooManyRequests',
        cause: new AppError('TOO_MANY_REQUESTS', 'e.tooManyRequests'),
      });
    return next();
  }
  if (!ctx.actor)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'e.unauthorized',
      cause: new AppError('UNAUTHORIZED', 'e.unauthorized'),
    });
  if (permission !== 'signedIn' && !rolesGrant(ctx.actor.roles, permission)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'e.forbidden', cause: new AppError('FORBIDDEN', 'e.forbidden') });
  }
  return next({ ctx: { actor: ctx.actor } });
});

const base = t.procedure.use(denyByDefault).use(mapAppErrors);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Needs no session: log-in helpers, the invite page. */
export const publicProcedure = base.meta({ permission: 'public' });

/** Needs a session whose roles in the active partnership grant `permission`. */
export function procedure(permission: Exclude<Permission, 'public'>) {
  return base.meta({ permission }).use(({ ctx, next }) => next({ ctx: { actor: ctx.actor as Actor } }));
}
