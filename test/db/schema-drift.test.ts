// One source of truth: the SQLite schema is derived from the MySQL one, and the
// committed migrations of both providers produce exactly the modelled table.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/lib/config/env";
import { deriveSqliteSchema, readMysqlSchema, SQLITE_SCHEMA } from "@/scripts/lib/prisma-schemas";
import { migratedTestDb, mysqlAdmin, type TestDb } from "../helpers/databases";

type Column = { name: string; type: string; nullable: boolean };

type Model = { table: string; columns: Column[]; indexes: string[] };

/** Every model of a Prisma schema as its table, columns and index names. */
function models(schema: string, dialect: "mysql" | "sqlite"): Model[] {
  return [...schema.matchAll(/model \w+ \{([\s\S]*?)\n\}/g)].map(([, body]) => {
    const lines = body!.split("\n").map((l) => l.trim());
    const columns = lines
      .filter((l) => /^[a-z]\w*\s+\w+/.test(l))
      .map((line) => {
        const [field, rawType] = line.split(/\s+/) as [string, string];
        const base = rawType.replace("?", "");
        const map = /@map\("([^"]+)"\)/.exec(line)?.[1];
        const native = /@db\.(\w+)(?:\((\d+)\))?/.exec(line);
        let type: string;
        if (dialect === "sqlite") {
          type = { String: "TEXT", Int: "INTEGER", DateTime: "DATETIME", Json: "JSONB" }[base]!;
        } else if (native) {
          type = `${native[1]!.toLowerCase()}${native[2] ? `(${native[2]})` : ""}`;
        } else {
          type = { BigInt: "bigint", Json: "json", Int: "int" }[base]!;
        }
        return { name: map ?? field, type, nullable: rawType.endsWith("?") };
      });
    const indexes = [...body!.matchAll(/(?:@@index\(\[\w+\], |@unique\()map: "(\w+)"\)/g)].map((m) => m[1]!).sort();
    return { table: /@@map\("(\w+)"\)/.exec(body!)![1]!, columns, indexes };
  });
}

describe("schema drift", () => {
  const dbs: TestDb[] = [];
  afterAll(async () => Promise.all(dbs.map((d) => d.drop())));

  it("the committed SQLite schema is the one derived from the MySQL schema", () => {
    expect(fs.readFileSync(SQLITE_SCHEMA, "utf8")).toBe(deriveSqliteSchema(readMysqlSchema()));
  });

  it("MySQL migrations create the modelled tables: columns, types, index names", async () => {
    const t = await migratedTestDb("mysql");
    dbs.push(t);
    const name = (parseDatabaseUrl(t.url) as { database: string }).database;
    const admin = await mysqlAdmin();
    try {
      for (const model of models(readMysqlSchema(), "mysql")) {
        const cols = await admin.query(
          `SELECT column_name AS name, column_type AS type, is_nullable AS nullable
           FROM information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position`,
          [name, model.table],
        );
        const idx = await admin.query(
          `SELECT DISTINCT index_name AS name FROM information_schema.statistics WHERE table_schema = ? AND table_name = ?`,
          [name, model.table],
        );
        // MariaDB reports json as longtext (with a json_valid check) and adds display widths.
        const actual = cols.map((c: any) => ({
          name: c.name,
          type: String(c.type)
            .replace(/^(bigint|int)\(\d+\)$/, "$1")
            .replace(/^longtext$/, "json"),
          nullable: c.nullable === "YES",
        }));
        expect(actual, model.table).toEqual(model.columns);
        expect(
          idx
            .map((i: any) => i.name)
            .filter((n: string) => n !== "PRIMARY")
            .sort(),
          model.table,
        ).toEqual(model.indexes);
      }
      const [onUpdate] = await admin.query(
        `SELECT extra FROM information_schema.columns WHERE table_schema = ? AND table_name = 'resource_specs' AND column_name = 'updated_at'`,
        [name],
      );
      expect(String(onUpdate.extra).toLowerCase()).toContain("on update current_timestamp(3)");
    } finally {
      await admin.end();
    }
  });

  it("SQLite migrations create the modelled tables: columns and index names", async () => {
    const t = await migratedTestDb("sqlite");
    dbs.push(t);
    const conn = new Database((parseDatabaseUrl(t.url) as { file: string }).file);
    try {
      for (const model of models(fs.readFileSync(SQLITE_SCHEMA, "utf8"), "sqlite")) {
        const cols = conn.prepare(`PRAGMA table_info("${model.table}")`).all() as {
          name: string;
          type: string;
          notnull: number;
        }[];
        const idx = conn.prepare(`PRAGMA index_list("${model.table}")`).all() as { name: string }[];
        expect(
          cols.map((c) => ({ name: c.name, type: c.type, nullable: c.notnull === 0 })),
          model.table,
        ).toEqual(model.columns);
        expect(idx.map((i) => i.name).sort(), model.table).toEqual(model.indexes);
      }
    } finally {
      conn.close();
    }
  });

  it("Prisma's own migrate status agrees with what the migrator recorded (SQLite)", async () => {
    const t = await migratedTestDb("sqlite");
    dbs.push(t);
    const out = execFileSync("npx", ["prisma", "migrate", "status", "--config", "prisma/sqlite/prisma.config.ts"], {
      env: { ...process.env, PRISMA_CLI_SQLITE_URL: t.url },
      encoding: "utf8",
    });
    expect(out).toContain("Database schema is up to date!");
  });
});
