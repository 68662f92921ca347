// The HTTP edge shared by every route handler: JSON bodies with size and
// content-type checks, and one error shape for every failure.
import { NextResponse } from "next/server";
import { AppError, toAppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 64 * 1024;

type Ctx<P> = { params: Promise<P> };

export function route<P = Record<string, never>>(
  fn: (req: Request, params: P) => Promise<Response>,
): (req: Request, ctx: Ctx<P>) => Promise<Response> {
  return async (req, ctx) => {
    try {
      return await fn(req, await ctx.params);
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export function errorResponse(thrown: unknown): Response {
  const e = toAppError(thrown);
  const headers = e.status === 503 ? { "Retry-After": "5" } : undefined;
  return NextResponse.json(e.toBody(), { status: e.status, headers });
}

export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", `Content-Type must be application/json (got "${type || "none"}")`);
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError("invalid_json", `Malformed JSON body: ${e instanceof Error ? e.message : "parse error"}`);
  }
}

const tooLarge = () => new AppError("payload_too_large", `Request body exceeds ${MAX_BODY_BYTES / 1024} KiB`);

export const DEGRADED_HEADER = "X-Specs-Degraded";

export function json(
  data: unknown,
  init: { status?: number; degraded?: boolean; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.degraded) headers[DEGRADED_HEADER] = "database unavailable; serving the YAML baseline";
  return NextResponse.json(data, { status: init.status ?? 200, headers });
}

/** A handler for the methods a route does not serve: 405 in the error shape, with Allow. */
export function methodNotAllowed(allowed: string[]) {
  return async () =>
    NextResponse.json(new AppError("method_not_allowed", `Method not allowed; use ${allowed.join(", ")}`).toBody(), {
      status: 405,
      headers: { Allow: allowed.join(", ") },
    });
}
