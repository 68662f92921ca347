// GET    /api/v1/k8s/specs/:name – one spec
// PUT    /api/v1/k8s/specs/:name – partial update
// DELETE /api/v1/k8s/specs/:name – soft delete (?force=true when endpoints use it)
import { json, methodNotAllowed, readJson, route } from "@/lib/http/handler";
import { deleteSpec, getSpecOrThrow, updateSpec } from "@/lib/specs/service";

export const dynamic = "force-dynamic";

type Params = { name: string };

export const GET = route<Params>(async (_req, { name }) => {
  const { spec, degraded } = await getSpecOrThrow(name);
  return json(spec, { degraded });
});

export const PUT = route<Params>(async (req, { name }) => json(await updateSpec(name, await readJson(req))));

export const DELETE = route<Params>(async (req, { name }) => {
  await deleteSpec(name, { force: new URL(req.url).searchParams.get("force") === "true" });
  return json({ message: "Spec deleted successfully", name });
});

export const POST = methodNotAllowed(["GET", "PUT", "DELETE"]);
export const PATCH = methodNotAllowed(["GET", "PUT", "DELETE"]);
