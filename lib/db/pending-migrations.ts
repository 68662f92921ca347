// When the server starts while the database is unreachable, it serves the YAML
// baseline and applies the migrations as soon as the database answers.
import type { DatabaseConfig } from "@/lib/config/env";
import { migrate } from "./migrate";
import { DatabaseUnreachableError } from "./sql";

export const PENDING_MIGRATIONS_ENV = "WAVERLESS_SPECS_PENDING_MIGRATIONS";
const RETRY_MS = 3000;

export function migrateWhenReachable(config: DatabaseConfig, retryMs = RETRY_MS): void {
  const attempt = async () => {
    try {
      const { applied } = await migrate(config);
      console.info(`database reachable: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
    } catch (e) {
      if (!(e instanceof DatabaseUnreachableError))
        console.error(`migration failed, retrying: ${(e as Error).message}`);
      setTimeout(attempt, retryMs).unref();
    }
  };
  void attempt();
}
