// Typed errors: a code the UI and API understand, a status, never a stack for the user.
export const errorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  ALREADY_DONE: 409,
  DEADLINE_PASSED: 409,
  RATE_LIMITED: 429,
  // Only the JSON API answers these (an upload to /api/v1/verify); actions get field messages instead.
  PAYLOAD_TOO_LARGE: 413,
  /** The client stopped sending the body it announced (connection closed mid-upload): its fault, not the database's. */
  BODY_INCOMPLETE: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  /** The database cannot be reached right now (db/unavailable.ts); the client may retry. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: ErrorCode, message?: string, fieldErrors?: Record<string, string[]>) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.status = errorStatus[code];
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
