// GET  /api/v1/k8s/specs – list specs (bare array, ?category=cpu|gpu)
// POST /api/v1/k8s/specs – create a spec
import { json, methodNotAllowed, readJson, route } from "@/lib/http/handler";
import { createSpec, listSpecs } from "@/lib/specs/service";

export const dynamic = "force-dynamic";

export const GET = route(async (req) => {
  const { specs, degraded } = await listSpecs({ category: new URL(req.url).searchParams.get("category") });
  return json(specs, { degraded });
});

export const POST = route(async (req) => {
  const spec = await createSpec(await readJson(req));
  const location = `${new URL(req.url).pathname.replace(/\/$/, "")}/${spec.name}`;
  return json(spec, { status: 201, headers: { Location: location } });
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = methodNotAllowed(["GET", "POST"]);
export const DELETE = methodNotAllowed(["GET", "POST"]);
