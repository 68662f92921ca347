// The MySQL schema is the source of truth; the SQLite one is derived from it.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const MYSQL_SCHEMA = path.join(ROOT, "prisma/mysql/schema.prisma");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma/sqlite/schema.prisma");

const HEADER = "// GENERATED from prisma/mysql/schema.prisma by scripts/prisma-generate.ts. Do not edit.\n";

export function deriveSqliteSchema(mysqlSchema: string): string {
  const body = mysqlSchema
    .replace('provider = "mysql"', 'provider = "sqlite"')
    .replace(/url(\s*)= "mysql:[^"]*"/, 'url$1= "file:./generate-only.db"')
    .replace("generated/mysql", "generated/sqlite")
    // SQLite only auto-assigns ids for an INTEGER PRIMARY KEY (the rowid alias);
    // Prisma renders BigInt as BIGINT, which would not auto-increment.
    .replace(/BigInt(\s+)@id @default\(autoincrement\(\)\)/g, "Int   $1@id @default(autoincrement())")
    // Native column types (@db.VarChar(100), @db.DateTime(3)) are MySQL-only.
    .replace(/ @db\.[A-Za-z]+(\([0-9, ]*\))?/g, "");
  return HEADER + body;
}

export function readMysqlSchema(): string {
  return fs.readFileSync(MYSQL_SCHEMA, "utf8");
}
