import { TRPCError } from '@trpc/server';
import { AppError } from '../../server/errors';

/** The code, message key, field, zod issues and cause of a refused call; throws when the call succeeds. */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      const cause = error.cause;
      return {
        code: error.code,
        message: error.message,
        field: cause instanceof AppError ? cause.field : undefined,
        zod: cause && 'issues' in cause ? (cause.issues as { path: PropertyKey[]; message: string }[]) : [],
        cause,
      };
    }
    throw error;
  }
  throw new Error('expected a failure');
}
