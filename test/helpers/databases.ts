// Each test run gets databases it creates itself: a fresh SQLite file, or a
// fresh database on the local MariaDB (TEST_MYSQL_URL to point elsewhere).
// No Prisma client here (Playwright's loader cannot load the generated ESM
// client): tests that read rows use prismaFor() from ./prisma.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as mariadb from "mariadb";
import { parseDatabaseUrl } from "@/lib/config/env";
import { migrate } from "@/lib/db/migrate";

export type TestDb = {
  provider: "sqlite" | "mysql";
  url: string;
  drop(): Promise<void>;
  /** Runs when the database is dropped (e.g. to disconnect a client). */
  onDrop(fn: () => Promise<void>): void;
};

const MYSQL_SERVER = process.env.TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `wsp-${prefix}-`));

function testDb(provider: TestDb["provider"], url: string, drop: () => Promise<void>): TestDb {
  const cleanups: (() => Promise<void>)[] = [];
  return {
    provider,
    url,
    onDrop: (fn) => void cleanups.push(fn),
    drop: async () => {
      for (const fn of cleanups) await fn();
      await drop();
    },
  };
}

export async function sqliteTestDb(): Promise<TestDb> {
  const dir = tmpDir("sqlite");
  return testDb("sqlite", `file:${path.join(dir, "specs.db")}`, async () =>
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
  return testDb("mysql", `${MYSQL_SERVER.replace(/\/$/, "")}/${name}`, async () => {
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
