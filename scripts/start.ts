// npm start: validate the environment, build if there is no build, migrate
// the database, then serve on $PORT. `--dev` serves with next dev instead.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { ConfigError, loadEnv } from "@/lib/config/env";
import { migrate } from "@/lib/db/migrate";
import { PENDING_MIGRATIONS_ENV } from "@/lib/db/pending-migrations";
import { DatabaseUnreachableError } from "@/lib/db/sql";

const NEXT = path.join(process.cwd(), "node_modules", ".bin", "next");

async function main() {
  const dev = process.argv.includes("--dev");
  const env = loadEnv();
  // An explicit SPECS_YAML that is not there is a typo, not "no baseline".
  if (process.env.SPECS_YAML && !fs.existsSync(env.specsYaml)) {
    throw new ConfigError(`Invalid environment: SPECS_YAML ${env.specsYaml} does not exist`);
  }
  if (!dev && !fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No production build found: running next build first");
    const build = spawnSync(NEXT, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const where =
    env.database.provider === "sqlite"
      ? env.database.file
      : `${env.database.host}:${env.database.port}/${env.database.database}`;
  let pending = false;
  try {
    const { applied, baselined } = await migrate(env.database);
    if (baselined.length) console.log(`Adopted the existing resource_specs table: baselined ${baselined.join(", ")}`);
    console.log(
      `Database ${env.database.provider} (${where}): ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`,
    );
  } catch (e) {
    // A restart during an outage still serves the YAML baseline; the server
    // applies the migrations once the database answers.
    if (!(e instanceof DatabaseUnreachableError)) throw e;
    pending = true;
    console.warn(`Database ${where} unreachable at start (${e.message}): serving the YAML baseline until it is back`);
  }
  const child = spawn(NEXT, [dev ? "dev" : "start", "-p", String(env.port)], {
    stdio: "inherit",
    env: { ...process.env, ...(pending ? { [PENDING_MIGRATIONS_ENV]: "1" } : {}) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(`Refusing to start: ${e.message}`);
  } else {
    console.error(`Refusing to start: ${e instanceof Error ? e.message : String(e)}`);
  }
  process.exit(1);
});
