// The app drops in beside waverless: a resource_specs table that waverless
// created (the seed's DDL, no Prisma history) is adopted, read and written.
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { mysqlTestDb, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";
import { api, cpuSpec } from "../helpers/http";
import { startServer } from "../helpers/server";

/** The seed's CREATE TABLE, verbatim from the guide. */
function seedDdl(): string {
  const guide = fs.readFileSync(`${__dirname}/../fixtures/waverless-resource-specs.sql`, "utf8");
  // MariaDB has no utf8mb4_0900_ai_ci (MySQL 8 only); everything else is as shipped.
  return guide.replace("COLLATE=utf8mb4_0900_ai_ci", "COLLATE=utf8mb4_general_ci");
}

const WAVERLESS_ROW = `INSERT INTO resource_specs (name, display_name, category, cpu, memory, gpu, gpu_type, ephemeral_storage, platforms, status)
  VALUES ('wl-h200', 'H200 from waverless', 'gpu', '50', '100Gi', '1', 'NVIDIA-H200', '300',
  '{"generic": {"nodeSelector": {"gpu.nvidia.com/class": "H200"}}, "broken": {"tolerations": "not-a-list", "labels": [1]}}', 'active')`;

describe.each([
  { label: "seed DDL", extra: "" },
  {
    label: "seed DDL plus current waverless columns",
    extra:
      "ALTER TABLE resource_specs ADD COLUMN resource_type varchar(50) DEFAULT 'serverless', ADD COLUMN shm_size varchar(50) DEFAULT NULL",
  },
])("adopting a waverless table ($label)", ({ extra }) => {
  let database: TestDb;
  afterAll(async () => database?.drop());

  it("baselines, then reads and writes the existing rows", async () => {
    database = await mysqlTestDb();
    const prisma = prismaFor(database);
    await prisma.$executeRawUnsafe(seedDdl());
    if (extra) await prisma.$executeRawUnsafe(extra);
    await prisma.$executeRawUnsafe(WAVERLESS_ROW);

    const server = await startServer({ databaseUrl: database.url });
    try {
      expect(server.logs()).toMatch(/Adopted the existing resource_specs table: baselined 20261204000000_init/);
      if (extra)
        expect(server.logs()).toContain("baselined 20261204000000_init, 20261204000100_resource_type_shm_size");
      expect(server.logs()).toMatch(
        extra
          ? /applied 20261204000200_spec_endpoints\n/
          : /applied 20261204000100_resource_type_shm_size, 20261204000200_spec_endpoints\n/,
      );

      const specs = api(server.url);
      const got = await specs.get("wl-h200");
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({
        source: "database",
        resourceType: "serverless",
        resources: { cpu: "50", memory: "100Gi", gpu: "1", gpuType: "NVIDIA-H200", ephemeralStorage: "300" },
        platforms: {
          generic: { nodeSelector: { "gpu.nvidia.com/class": "H200" }, tolerations: [], labels: {}, annotations: {} },
          // Malformed parts of a waverless row read as empty instead of crashing.
          broken: { nodeSelector: {}, tolerations: [], labels: {}, annotations: {} },
        },
      });
      expect((await fetch(`${server.url}/specs/wl-h200`)).status).toBe(200);
      expect((await specs.update("wl-h200", { displayName: "Edited by waverless-specs" })).status).toBe(200);
      expect((await specs.create(cpuSpec("wl-new"))).status).toBe(201);
      expect((await specs.remove("wl-new")).status).toBe(200);

      const rows = await prisma.$queryRawUnsafe<{ name: string; display_name: string; status: string }[]>(
        "SELECT name, display_name, status FROM resource_specs ORDER BY name",
      );
      expect(rows).toEqual([
        { name: "wl-h200", display_name: "Edited by waverless-specs", status: "active" },
        { name: "wl-new", display_name: "CPU wl-new", status: "deleted" },
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe("a foreign resource_specs table", () => {
  let database: TestDb;
  afterAll(async () => database?.drop());

  it("is refused with a clear message instead of being migrated", async () => {
    database = await mysqlTestDb();
    await prismaFor(database).$executeRawUnsafe("CREATE TABLE resource_specs (id int primary key, label varchar(10))");
    await expect(startServer({ databaseUrl: database.url })).rejects.toThrow(
      /Refusing to start: resource_specs exists but is not the waverless table \(missing columns: name, display_name/,
    );
  });
});
