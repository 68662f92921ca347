// One error type and one table from error code to HTTP status. Browser-safe:
// forms use ErrorDetail to put server messages next to fields.
import type { z } from "zod";

export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_query: 400,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  not_deployable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  provider_failed: 502,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorDetail = { path: string; message: string };
export type ErrorBody = { error: string; code: ErrorCode; details: ErrorDetail[] };

// Next bundles each route separately, so a singleton built by one bundle throws
// another copy's classes: recognise errors by a registered symbol, not instanceof.
const BRAND = Symbol.for("waverless-specs.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;

  static is(e: unknown): e is AppError {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
  }

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return { error: this.message, code: this.code, details: this.details };
  }
}

export function isDatabaseUnavailable(e: unknown): e is AppError {
  return AppError.is(e) && e.code === "database_unavailable";
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: unknown) {
    super("database_unavailable", "The database is unavailable; nothing was changed. Try again shortly.");
    this.cause = cause;
  }
}

/** zod issues as `{path: "resources.memory", message}`, unknown keys named one by one. */
export function zodDetails(error: z.ZodError, prefix: (string | number)[] = []): ErrorDetail[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path].map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...base, key].join("."), message: `unknown field "${key}"` }));
    }
    return [{ path: base.join("."), message: issue.message }];
  });
}

/** Parses input with a zod schema; failures become a 400 naming each field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, body: unknown, what = "Invalid spec"): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(result.error, what);
  return result.data;
}

export function validationError(error: z.ZodError, what = "Invalid spec", prefix: (string | number)[] = []) {
  const details = zodDetails(error, prefix);
  const first = details[0];
  const summary = first ? `${what}: ${first.path ? `${first.path} ` : ""}${first.message}` : what;
  return new AppError("validation_failed", summary, details);
}

/** Any thrown value as an AppError; unknown errors are logged here and never leak. */
export function toAppError(e: unknown): AppError {
  if (AppError.is(e)) return e;
  console.error("unhandled error", e);
  return new AppError("internal_error", "Internal server error");
}
