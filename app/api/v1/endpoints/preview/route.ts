// POST /api/v1/endpoints/preview – the Deployment YAML a create would apply; stores nothing
import { previewEndpoint } from "@/lib/endpoints/service";
import { methodNotAllowed, readJson, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const POST = route(async (req) => {
  const body = await previewEndpoint(await readJson(req));
  return new Response(body, { status: 200, headers: { "content-type": "application/yaml; charset=utf-8" } });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
