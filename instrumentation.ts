// Runs once when the server starts: wire the SpecManager to the database so
// the start-up log says where specs come from (the seed's log line), and
// finish migrating if the database was unreachable when npm start ran.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { specManager } = await import("@/lib/specManager");
  specManager().yamlSnapshot();
  const { PENDING_MIGRATIONS_ENV, migrateWhenReachable } = await import("@/lib/db/pending-migrations");
  if (process.env[PENDING_MIGRATIONS_ENV]) {
    const { appEnv } = await import("@/lib/config/env");
    migrateWhenReachable(appEnv().database);
  }
}
