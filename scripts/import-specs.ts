// npm run specs:import -- <specs.yaml> [--dry-run]
// Copies a specs.yaml into DATABASE_URL's database (migrating it first).
import fs from "node:fs";
import { ConfigError, loadEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseSpecsYaml } from "@/lib/specManager/yaml-source";
import { importSpecs } from "@/lib/specs/import";
import { specToInput } from "@/lib/specs/mapping";

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes("--dry-run");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new ConfigError("usage: npm run specs:import -- <specs.yaml> [--dry-run]");
  if (!fs.existsSync(file)) throw new ConfigError(`${file}: no such file`);
  const env = loadEnv();
  await migrate(env.database);
  const { specs, warnings } = parseSpecsYaml(fs.readFileSync(file, "utf8"), file);
  const report = await importSpecs(specs.map(specToInput), { dryRun });
  const verb = dryRun ? "would be " : "";
  for (const r of report.results) console.log(`${r.outcome.padEnd(9)} ${r.name}${r.note ? ` (${r.note})` : ""}`);
  for (const w of warnings) console.log(`invalid   ${w}`);
  const { created, updated, unchanged } = report.counts;
  console.log(
    `${dryRun ? "Dry run: " : ""}${created} ${verb}created, ${updated} ${verb}updated, ${unchanged} unchanged, ${warnings.length} invalid`,
  );
  await db().$disconnect();
  process.exitCode = warnings.length ? 2 : 0;
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `Import failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
