// GET    /api/v1/endpoints/:name – one endpoint, its status and whether its spec changed
// PATCH  /api/v1/endpoints/:name – change image, replicas, specName, gpuCount, env; re-applied
// DELETE /api/v1/endpoints/:name – delete the endpoint and its Deployment
import { deleteEndpoint, getEndpointOrThrow, updateEndpoint } from "@/lib/endpoints/service";
import { json, methodNotAllowed, readJson, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

type Params = { name: string };

export const GET = route<Params>(async (_req, { name }) => json(await getEndpointOrThrow(name)));

export const PATCH = route<Params>(async (req, { name }) => json(await updateEndpoint(name, await readJson(req))));

export const DELETE = route<Params>(async (_req, { name }) => {
  await deleteEndpoint(name);
  return json({ message: "Endpoint deleted successfully", name });
});

export const POST = methodNotAllowed(["GET", "PATCH", "DELETE"]);
export const PUT = methodNotAllowed(["GET", "PATCH", "DELETE"]);
