// /api/v1/specs/:name – the path existing waverless consoles call; same handlers.
export { DELETE, GET, PATCH, POST, PUT } from "../../k8s/specs/[name]/route";
export const dynamic = "force-dynamic";
