// npm run migrate: apply the committed migrations to DATABASE_URL's database.
import { ConfigError, loadEnv } from "@/lib/config/env";
import { migrate } from "@/lib/db/migrate";

async function main() {
  const env = loadEnv();
  const { applied, baselined } = await migrate(env.database);
  if (baselined.length) console.log(`Adopted the existing resource_specs table: baselined ${baselined.join(", ")}`);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `Migration failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
