// GET  /api/v1/endpoints – list endpoints
// POST /api/v1/endpoints – create an endpoint from a spec (the seed's body)
import { createEndpoint, listEndpoints } from "@/lib/endpoints/service";
import { json, methodNotAllowed, readJson, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route(async () => json(await listEndpoints()));

export const POST = route(async (req) => {
  const endpoint = await createEndpoint(await readJson(req));
  return json(endpoint, { status: 201, headers: { Location: `/api/v1/endpoints/${endpoint.name}` } });
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = methodNotAllowed(["GET", "POST"]);
export const DELETE = methodNotAllowed(["GET", "POST"]);
