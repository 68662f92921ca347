// GET /api/v1/health – database and YAML baseline state. 200 even when
// degraded: the service still answers reads, so liveness must not kill it.
import { healthReport } from "@/lib/health";
import { json, methodNotAllowed, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route(async () => json(await healthReport()));

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
