// The one Prisma client of the process, for whichever database DATABASE_URL names.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaMariaDb } from "@prisma/adapter-mariadb";
import { appEnv, type DatabaseConfig } from "@/lib/config/env";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as MysqlClient } from "./generated/mysql/client";

// Both generated clients expose the same model API (the schemas differ only in
// native column types), so callers see one type.
export type Db = SqliteClient;

export function createDb(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: config.file }) });
  }
  const adapter = new PrismaMariaDb({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
    connectionLimit: 5,
    // Fail fast when the server is away so readers fall back to YAML quickly.
    connectTimeout: 1000,
    acquireTimeout: 1500,
    allowPublicKeyRetrieval: true,
  });
  return new MysqlClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { waverlessDb?: Db };

export function db(): Db {
  return (globalForDb.waverlessDb ??= createDb(appEnv().database));
}
