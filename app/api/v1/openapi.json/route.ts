// GET /api/v1/openapi.json – the API as OpenAPI 3.1, from the validating schemas
import { openApiDocument } from "@/lib/api/openapi";
import { json, methodNotAllowed, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route(async () => json(openApiDocument()));

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
