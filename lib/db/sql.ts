// Raw SQL access for the migrator only (the app itself goes through Prisma).
// The lock keeps two processes starting at once from migrating twice.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import * as mariadb from "mariadb";
import type { DatabaseConfig } from "@/lib/config/env";
import type { Migration } from "./migrate";

export interface Sql {
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  ensureMigrationsTable(): Promise<void>;
  appliedMigrations(): Promise<{ name: string; checksum: string }[]>;
  columns(table: string): Promise<string[]>;
  recordMigration(m: Migration): Promise<void>;
  applyMigration(m: Migration, statements: string[]): Promise<void>;
  close(): Promise<void>;
}

const SQLITE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const MYSQL_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
  id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at DATETIME(3),
  migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at DATETIME(3),
  started_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  applied_steps_count INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

function sqliteSql(file: string): Sql {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file);
  conn.pragma("busy_timeout = 10000");
  // Not WAL: in WAL mode a write after the file was removed is accepted into
  // an unlinked file (silently lost); the rollback journal refuses it
  // (SQLITE_READONLY_DBMOVED → 503). test/api/outage.test.ts guards this.
  const record = (m: Migration) =>
    conn
      .prepare(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (?, ?, ?, ?, ?, 1)`,
      )
      .run(crypto.randomUUID(), m.checksum, m.name, Date.now(), Date.now());
  return {
    async withLock(fn) {
      // BEGIN IMMEDIATE takes SQLite's write lock; SQLite DDL is transactional.
      conn.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn();
        conn.exec("COMMIT");
        return out;
      } catch (e) {
        conn.exec("ROLLBACK");
        throw e;
      }
    },
    async ensureMigrationsTable() {
      conn.exec(SQLITE_MIGRATIONS_TABLE);
    },
    async appliedMigrations() {
      return conn
        .prepare(
          "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .all() as { name: string; checksum: string }[];
    },
    async columns(table) {
      return (conn.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    },
    async recordMigration(m) {
      record(m);
    },
    async applyMigration(m, statements) {
      for (const s of statements) conn.exec(s);
      record(m);
    },
    async close() {
      conn.close();
    },
  };
}

/** The server could not be reached at all (as opposed to refusing us or our SQL). */
export class DatabaseUnreachableError extends Error {}

const UNREACHABLE = [
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ER_GET_CONNECTION_TIMEOUT",
  "ER_CONNECTION_TIMEOUT",
  "ER_SOCKET_UNEXPECTED_CLOSE",
];

async function connect(options: mariadb.ConnectionConfig): Promise<mariadb.Connection> {
  try {
    return await mariadb.createConnection(options);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (UNREACHABLE.includes(code)) {
      throw new DatabaseUnreachableError(`${options.host}:${options.port} is unreachable (${code})`);
    }
    throw e;
  }
}

async function mysqlSql(c: Extract<DatabaseConfig, { provider: "mysql" }>): Promise<Sql> {
  const conn = await connect({
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: c.database,
    connectTimeout: 5000,
    allowPublicKeyRetrieval: true,
  });
  const record = (m: Migration) =>
    conn.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES (?, ?, ?, NOW(3), NOW(3), 1)`,
      [crypto.randomUUID(), m.checksum, m.name],
    );
  return {
    async withLock(fn) {
      const [row] = await conn.query("SELECT GET_LOCK('waverless_specs_migrate', 60) AS ok");
      if (Number(row.ok) !== 1) throw new Error("could not take the migration lock within 60 s");
      try {
        return await fn();
      } finally {
        await conn.query("SELECT RELEASE_LOCK('waverless_specs_migrate')");
      }
    },
    async ensureMigrationsTable() {
      await conn.query(MYSQL_MIGRATIONS_TABLE);
    },
    async appliedMigrations() {
      return conn.query(
        "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
    },
    async columns(table) {
      const rows = await conn.query(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?",
        [table],
      );
      return rows.map((r: { name: string }) => r.name);
    },
    async recordMigration(m) {
      await record(m);
    },
    async applyMigration(m, statements) {
      // MySQL DDL commits implicitly, so a failed migration is reported, not rolled back.
      for (const s of statements) await conn.query(s);
      await record(m);
    },
    async close() {
      await conn.end();
    },
  };
}

export async function openSql(config: DatabaseConfig): Promise<Sql> {
  return config.provider === "sqlite" ? sqliteSql(config.file) : mysqlSql(config);
}
