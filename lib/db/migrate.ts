// Applies the committed Prisma migrations (prisma/<provider>/migrations) and
// records them in Prisma's own _prisma_migrations table, with Prisma's checksum,
// so `prisma migrate status` agrees. Prisma's CLI cannot run MySQL migrations
// offline (its WebAssembly engine crashes), so one migrator serves both.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "@/lib/config/env";
import { openSql, type Sql } from "./sql";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; baselined: string[] };

export function migrationsDir(provider: DatabaseConfig["provider"], root = process.cwd()) {
  return path.join(root, "prisma", provider, "migrations");
}

export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Split a migration file into statements (no procedures in ours, so `;` at a line end ends one). */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split("\n")
        .filter((line) => !line.trim().startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter(Boolean);
}

// The waverless table predates us: adopt it instead of failing on CREATE TABLE.
const SEED_COLUMNS = [
  "id",
  "name",
  "display_name",
  "category",
  "cpu",
  "memory",
  "gpu",
  "gpu_type",
  "ephemeral_storage",
  "platforms",
  "status",
  "created_at",
  "updated_at",
];
const LATER_COLUMNS = ["resource_type", "shm_size"];

// The migrations that recreate what waverless itself creates: the seed's DDL,
// then the columns later waverless versions added (MySQL history only).
const INIT_MIGRATION = "20261204000000_init";
const LATER_COLUMNS_MIGRATION = "20261204000100_resource_type_shm_size";

async function baselineExistingTable(sql: Sql, migrations: Migration[]): Promise<Migration[]> {
  const columns = await sql.columns("resource_specs");
  if (columns.length === 0) return [];
  const missing = SEED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new Error(
      `resource_specs exists but is not the waverless table (missing columns: ${missing.join(", ")}); refusing to migrate`,
    );
  }
  const hasLater = LATER_COLUMNS.every((c) => columns.includes(c));
  const adopt = [INIT_MIGRATION, ...(hasLater ? [LATER_COLUMNS_MIGRATION] : [])];
  return migrations.filter((m) => adopt.includes(m.name));
}

export async function migrate(config: DatabaseConfig, root = process.cwd()): Promise<MigrateResult> {
  const migrations = readMigrations(migrationsDir(config.provider, root));
  const sql = await openSql(config);
  const result: MigrateResult = { applied: [], baselined: [] };
  try {
    await sql.withLock(async () => {
      await sql.ensureMigrationsTable();
      const done = new Map((await sql.appliedMigrations()).map((m) => [m.name, m.checksum]));
      if (done.size === 0) {
        for (const m of await baselineExistingTable(sql, migrations)) {
          await sql.recordMigration(m);
          done.set(m.name, m.checksum);
          result.baselined.push(m.name);
        }
      }
      for (const m of migrations) {
        const checksum = done.get(m.name);
        if (checksum !== undefined) {
          if (checksum !== m.checksum) {
            console.warn(`migration ${m.name} was edited after it was applied (checksum differs)`);
          }
          continue;
        }
        await sql.applyMigration(m, splitStatements(m.sql));
        result.applied.push(m.name);
      }
    });
  } finally {
    await sql.close();
  }
  return result;
}
