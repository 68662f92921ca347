// Runs once when the server starts: wire the SpecManager to the database so
// the start-up log says where specs come from (the seed's log line).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { specManager } = await import("@/lib/specManager");
  specManager().yamlSnapshot();
}
