// What /api/v1/health reports: the database, the YAML baseline, the mode.
import { appEnv } from "@/lib/config/env";
import { dbHealth } from "@/lib/db/health";
import { pingDatabase } from "@/lib/db/ping";
import { specManager } from "@/lib/specManager";

export async function healthReport() {
  const up = await pingDatabase();
  const yaml = specManager().yamlSnapshot();
  const env = appEnv();
  return {
    status: up ? "ok" : "degraded",
    database: up ? "up" : "down",
    databaseProvider: env.database.provider,
    ...(up ? {} : { databaseError: dbHealth.snapshot().lastError }),
    yamlSpecs: yaml.specs.size,
    yamlFile: yaml.file,
    yamlWarnings: yaml.warnings,
    specSource: up ? "database-first" : "yaml-fallback",
  } as const;
}
