import { createTRPCReact } from '@trpc/react-query';
import { httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/trpc/app-router';
import { PUBLIC_PROCEDURES } from '../../shared/domain/public-procedures';

export const trpc = createTRPCReact<AppRouter>();
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

const sameOrigin = (url: URL | RequestInfo, init?: RequestInit) => fetch(url, { ...init, credentials: 'same-origin' });

/** Batches of at most the server's maxBatchSize; public procedures alone, as the server requires. */
export function createTrpcClient() {
  return trpc.createClient({
    links: [
      splitLink({
        condition: (op) => PUBLIC_PROCEDURES.includes(op.path),
        true: httpLink({ url: '/trpc', fetch: sameOrigin }),
        false: httpBatchLink({ url: '/trpc', maxItems: 20, fetch: sameOrigin }),
      }),
    ],
  });
}

export interface ServerFieldErrors {
  message: string;
  fieldErrors: Record<string, string>;
}

/** The message and per-field messages of a failed call, in the user's language (the server translated them). */
export function errorDetails(error: unknown): ServerFieldErrors {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: Record<string, string> } | undefined;
    return { message: error.message, fieldErrors: data?.fieldErrors ?? {} };
  }
  return { message: error instanceof Error ? error.message : String(error), fieldErrors: {} };
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED';
}

/** A save refused because someone else saved the record in between (docs/decisions/071). */
export interface Conflict {
  /** The server's message: who changed it and when, in the user's language. */
  message: string;
  /** The record's current revision: saving again with it puts this person's version over the other. */
  revision: number;
  updatedBy: string;
}

export function conflictOf(error: unknown): Conflict | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { conflict?: { revision: number; updatedBy: string } } | undefined;
  return data?.conflict ? { message: error.message, ...data.conflict } : null;
}

export function isConflictCode(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'CONFLICT';
}
