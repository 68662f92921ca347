// Editing specs.yaml takes effect without a restart; bad entries are skipped
// with a warning naming file, entry and field; an unparseable file keeps the
// last good copy.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteTestDb, type TestDb } from "../helpers/databases";
import { api, call } from "../helpers/http";
import { startServer, tempSpecsYaml, type TestServer } from "../helpers/server";

const entry = (name: string, memory = "2Gi") => `
  - name: ${name}
    displayName: ${name}
    category: cpu
    resources: { cpu: "1", memory: ${memory}, ephemeralStorage: "10" }`;

describe("YAML baseline reload", () => {
  let database: TestDb;
  let server: TestServer;
  let file: string;

  beforeAll(async () => {
    database = await sqliteTestDb();
    file = tempSpecsYaml(`specs:${entry("yaml-one")}\n`);
    server = await startServer({ databaseUrl: database.url, specsYaml: file });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const names = async () => (await api(server.url).list()).body.map((s: any) => s.name);

  it("picks up edits, skips invalid entries with a precise warning, keeps the last good copy", async () => {
    expect(await names()).toEqual(["yaml-one"]);

    fs.writeFileSync(file, `specs:${entry("yaml-one")}${entry("yaml-two")}${entry("yaml-bad", "lots")}\n`);
    expect(await names()).toEqual(["yaml-one", "yaml-two"]);
    const health = (await call(server.url, "GET", "/api/v1/health")).body;
    expect(health.yamlSpecs).toBe(2);
    const label = path.relative(process.cwd(), file);
    expect(health.yamlWarnings).toEqual([
      `${label}: entry 3 ("yaml-bad") skipped: resources.memory must be a Kubernetes quantity such as "4Gi" or "512Mi"`,
    ]);
    expect(server.logs()).toContain('entry 3 ("yaml-bad") skipped: resources.memory');

    fs.writeFileSync(file, "specs: [ {name: broken\n");
    expect(await names()).toEqual(["yaml-one", "yaml-two"]);
    expect((await call(server.url, "GET", "/api/v1/health")).body.yamlWarnings[0]).toMatch(
      /does not parse, keeping the last good copy \(2 spec/,
    );

    // Editors often write a new file and rename it over the old one.
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, `specs:${entry("yaml-three")}\n`);
    fs.renameSync(tmp, file);
    expect(await names()).toEqual(["yaml-three"]);
  });
});
