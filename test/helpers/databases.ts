// Each test run gets databases it creates itself: a fresh SQLite file, or a
// fresh database on the local MariaDB (TEST_MYSQL_URL to point elsewhere).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as mariadb from "mariadb";
import { parseDatabaseUrl } from "@/lib/config/env";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export type TestDb = { provider: "sqlite" | "mysql"; url: string; client(): Db; drop(): Promise<void> };

const MYSQL_SERVER = process.env.TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `wsp-${prefix}-`));

function withClient(provider: TestDb["provider"], url: string, drop: () => Promise<void>): TestDb {
  let client: Db | undefined;
  return {
    provider,
    url,
    client: () => (client ??= createDb(parseDatabaseUrl(url))),
    drop: async () => {
      await client?.$disconnect();
      await drop();
    },
  };
}

export async function sqliteTestDb(): Promise<TestDb> {
  const dir = tmpDir("sqlite");
  return withClient("sqlite", `file:${path.join(dir, "specs.db")}`, async () =>
    fs.rmSync(dir, { recursive: true, force: true }),
  );
}

export async function mysqlAdmin(): Promise<mariadb.Connection> {
  const u = new URL(MYSQL_SERVER);
  return mariadb.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || "root"),
    password: decodeURIComponent(u.password),
    allowPublicKeyRetrieval: true,
  });
}

export async function mysqlTestDb(): Promise<TestDb> {
  const name = `wsp_test_${crypto.randomBytes(5).toString("hex")}`;
  const admin = await mysqlAdmin();
  await admin.query(`CREATE DATABASE \`${name}\``);
  await admin.end();
  return withClient("mysql", `${MYSQL_SERVER.replace(/\/$/, "")}/${name}`, async () => {
    const a = await mysqlAdmin();
    await a.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await a.end();
  });
}

export async function migratedTestDb(provider: TestDb["provider"]): Promise<TestDb> {
  const t = provider === "sqlite" ? await sqliteTestDb() : await mysqlTestDb();
  await migrate(parseDatabaseUrl(t.url));
  return t;
}

export const PROVIDERS = [
  { name: "sqlite", create: sqliteTestDb },
  { name: "mariadb", create: mysqlTestDb },
] as const;
