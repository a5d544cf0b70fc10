/**
 * Services throw AppError with a code the tRPC layer maps to an HTTP status. The message is shown to
 * the user as is, so it is Dutch and free of internals. `field` puts it next to a form field.
 */
export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS';

/** A refused save of a stale revision: the record's current revision and who saved it (decision 071). */
export interface ConflictDetails {
  revision: number;
  updatedBy: string;
  updatedAt: number | null;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
    /** Values for the message's {placeholders}; a value that is itself a message key is translated too. */
    readonly params?: Record<string, string | number>,
    readonly conflict?: ConflictDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
