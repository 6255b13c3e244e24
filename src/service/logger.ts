/**
 * The slice of a structured logger the service needs (pino satisfies it). Callers log ids,
 * counts and codes only: never post text, handles or names.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
