/**
 * HTTP answers (and other JSON a test reads) as the types the server promises. JSON.parse (and
 * light-my-request's `json()`) say `any`; these are the one place a test turns that into a type: a tRPC
 * success as the router's output type, a refusal as our errorFormatter's shape (server/trpc/init.ts), a
 * plain JSON answer (the /auth routes, /healthz, a file a command wrote) as the shape the test states.
 * Unchecked: the test's own expectations check it.
 */
import type { inferRouterError, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/trpc/app-router';

/** What each procedure answers, e.g. `Outputs['session']['me']`. */
export type Outputs = inferRouterOutputs<AppRouter>;
/** A tRPC refusal: message in the request's language, `data.code`, `data.fieldErrors`, `data.conflict`. */
export type TrpcErrorBody = inferRouterError<AppRouter>;

interface Answer {
  body: string;
}

/** The data of a tRPC success (`{"result":{"data":…}}`). */
export function trpcData<T>(res: Answer): T {
  return parsedAs<{ result: { data: T } }>(res.body).result.data;
}

/** The error of a tRPC refusal (`{"error":…}`). */
export function trpcError(res: Answer): TrpcErrorBody {
  return parsedAs<{ error: TrpcErrorBody }>(res.body).error;
}

/** JSON text, in the shape the test expects. */
export function parsedAs<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** A plain JSON answer, in the shape the test expects. */
export function jsonOf<T>(res: Answer): T {
  return parsedAs<T>(res.body);
}
