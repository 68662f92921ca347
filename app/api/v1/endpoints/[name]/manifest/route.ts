// GET /api/v1/endpoints/:name/manifest – the recorded Deployment as YAML, for
// `curl … | kubectl apply -f -`
import { getEndpointManifestYaml } from "@/lib/endpoints/service";
import { methodNotAllowed, route } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = route<{ name: string }>(
  async (_req, { name }) =>
    new Response(await getEndpointManifestYaml(name), {
      headers: { "content-type": "application/yaml; charset=utf-8" },
    }),
);

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
