/**
 * Services throw AppError with a code the tRPC layer maps to an HTTP status. The message is shown to
 * the user as is, so it is Dutch and free of internals. `field` puts it next to a form field.
 */
export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
