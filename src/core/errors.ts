/**
 * The one error catalogue. Every failure a user can cause has a stable code here; the HTTP
 * adapter maps `httpStatus`, the CLI maps `exitCode`. A test keeps README's table in sync.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { httpStatus: 400, exitCode: 2, help: 'A field is missing, has the wrong type or is out of range.' },
  MALFORMED_JSON: { httpStatus: 400, exitCode: 2, help: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, exitCode: 2, help: 'The request body or a field is larger than allowed.' },
  HEADERS_TOO_LARGE: { httpStatus: 431, exitCode: 2, help: 'The request\'s headers (cookies, URL) are larger than the server accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { httpStatus: 415, exitCode: 2, help: 'The request body has a content type the route does not accept.' },
  TEXT_EMPTY: { httpStatus: 400, exitCode: 2, help: 'The claim text is empty or only whitespace.' },
  TEXT_TOO_LONG: { httpStatus: 400, exitCode: 2, help: 'The claim text is longer than the configured maximum.' },
  NOT_FOUND: { httpStatus: 404, exitCode: 4, help: 'No record with that id exists.' },
  ROUTE_NOT_FOUND: { httpStatus: 404, exitCode: 4, help: 'No such HTTP route.' },
  CONFLICT: { httpStatus: 409, exitCode: 5, help: 'The record exists already or is in a state that forbids the change.' },
  INVALID_STATE: { httpStatus: 409, exitCode: 5, help: 'The action is not allowed from the record\'s current state.' },
  PRIVACY_WARNING_OPEN: { httpStatus: 409, exitCode: 5, help: 'The draft has an open privacy warning; approving needs an explicit, recorded override.' },
  IMPORT_FAILED: { httpStatus: 400, exitCode: 3, help: 'An import file has bad rows; nothing was written.' },
  FILE_NOT_FOUND: { httpStatus: 400, exitCode: 3, help: 'The named input or database file does not exist or cannot be read.' },
  UNKNOWN_FORMAT: { httpStatus: 400, exitCode: 3, help: 'The input format is unknown or cannot be recognised.' },
  TEMPLATE_INVALID: { httpStatus: 500, exitCode: 6, help: 'A rebuttal or summary template is missing or refers to a field that does not exist.' },
  CONFIG_INVALID: { httpStatus: 500, exitCode: 6, help: 'A setting has an invalid value.' },
  UNAUTHENTICATED: { httpStatus: 401, exitCode: 7, help: 'Credentials are missing or wrong.' },
  FORBIDDEN: { httpStatus: 403, exitCode: 7, help: 'The user\'s role does not allow this action.' },
  CSRF_FAILED: { httpStatus: 403, exitCode: 7, help: 'The form\'s CSRF token is missing or wrong.' },
  RATE_LIMITED: { httpStatus: 429, exitCode: 7, help: 'Too many attempts; wait and try again.' },
  INTERNAL: { httpStatus: 500, exitCode: 1, help: 'An unexpected error; the log has the details.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** A failure with a stable code that adapters translate into HTTP or exit codes. */
export class RumorDeskError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'RumorDeskError';
    this.code = code;
    this.details = details;
  }
}

export function isRumorDeskError(err: unknown): err is RumorDeskError {
  return err instanceof RumorDeskError;
}
