// The command-line entry points: start refuses a bad environment with one
// message; specs:import is idempotent, has a dry run and reports counts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteTestDb, tmpDir, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["node_modules/.bin/tsx", script, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm start with an invalid environment", () => {
  it.each([
    [
      { DATABASE_URL: "postgres://localhost/db" },
      "Refusing to start: Invalid environment: DATABASE_URL must start with file:, mysql:// or mariadb://",
    ],
    [{ PORT: "eighty" }, "Refusing to start: Invalid environment: PORT"],
    [{ PORT: "70000" }, "Refusing to start: Invalid environment: PORT"],
    [{ K8S_PLATFORM: "AWS EKS" }, "Refusing to start: Invalid environment: K8S_PLATFORM"],
    [{ K8S_REQUEST_TIMEOUT_MS: "soon" }, "Refusing to start: Invalid environment: K8S_REQUEST_TIMEOUT_MS"],
    [
      { ENDPOINT_PROVIDER: "helm" },
      "Refusing to start: Invalid environment: ENDPOINT_PROVIDER must be record or kubernetes",
    ],
    [{ DATABASE_URL: "mysql://root@127.0.0.1:3306/" }, "Refusing to start: DATABASE_URL: the database name is missing"],
    [
      { SPECS_YAML: "/nonexistent/specs.yaml" },
      "Refusing to start: Invalid environment: SPECS_YAML /nonexistent/specs.yaml does not exist",
    ],
  ])("%j", (env, message) => {
    const res = run("scripts/start.ts", [], env);
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toContain(message);
  });
});

describe("npm run specs:import", () => {
  let database: TestDb;
  afterAll(async () => database?.drop());

  it("dry-runs, imports, is idempotent, reports updates and invalid entries", async () => {
    database = await sqliteTestDb();
    const env = { DATABASE_URL: database.url };
    const dry = run("scripts/import-specs.ts", ["config/specs.yaml", "--dry-run"], env);
    expect(dry.stdout).toContain("Dry run: 7 would be created, 0 would be updated, 0 unchanged, 0 invalid");
    expect(await prismaFor(database).resourceSpec.count()).toBe(0);

    expect(run("scripts/import-specs.ts", ["config/specs.yaml"], env).stdout).toContain(
      "7 created, 0 updated, 0 unchanged, 0 invalid",
    );
    expect(await prismaFor(database).resourceSpec.count()).toBe(7);
    expect(run("scripts/import-specs.ts", ["config/specs.yaml"], env).stdout).toContain(
      "0 created, 0 updated, 7 unchanged, 0 invalid",
    );

    const file = path.join(tmpDir("import"), "specs.yaml");
    fs.writeFileSync(
      file,
      fs.readFileSync("config/specs.yaml", "utf8").replace("displayName: L4 24GB 1 GPU", "displayName: L4 renamed") +
        '  - name: broken-one\n    displayName: Broken\n    category: gpu\n    resources: {memory: 4GB, ephemeralStorage: "10"}\n',
    );
    const mixed = run("scripts/import-specs.ts", [file], env);
    expect(mixed.status).toBe(2);
    expect(mixed.stdout).toContain("updated   l4-single");
    expect(mixed.stdout).toMatch(
      /invalid .*entry 8 \("broken-one"\) skipped: resources\.memory must be a Kubernetes quantity/,
    );
    expect(mixed.stdout).toContain("0 created, 1 updated, 6 unchanged, 1 invalid");
    const l4 = await prismaFor(database).resourceSpec.findUnique({ where: { name: "l4-single" } });
    expect(l4?.displayName).toBe("L4 renamed");
  });
});
