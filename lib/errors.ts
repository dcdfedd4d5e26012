/**
 * Domain errors cross to the user interface as stable codes. The interface turns a code into Lao
 * or English text (messages/*.json under "errors") and shows it on the field named, if any.
 */
export const errorCodes = [
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "VALIDATION_FAILED",
  "INVALID_STATUS",
  "ALREADY_DECIDED",
  "CONFLICT",
  "RATE_LIMITED",
  "RENDER_FAILED",
  "SIGNING_FAILED",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type FieldIssue = {
  /** Dotted path of the form field, e.g. "items.0.fobValue". */
  path: string;
  /** Message key under "validation" in messages/*.json, e.g. "required". */
  code: string;
  /** Values for the message, e.g. { max: 200 }. */
  params?: Record<string, string | number>;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message?: string, issues: FieldIssue[] = []) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
