// /api/v1/specs – the path existing waverless consoles call; same handlers.
export { DELETE, GET, PATCH, POST, PUT } from "../k8s/specs/route";
export const dynamic = "force-dynamic";
