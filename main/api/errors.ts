export const errorCodes = [
  'BAD_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INVALID_FILE',
  'CANCELLED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, when the error concerns one field. */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; the handler wrapper turns it into an ApiError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
