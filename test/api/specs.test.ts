// The spec REST API contract, on SQLite and on MariaDB.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDERS, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";
import { api, call, cpuSpec, gpuSpec } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

describe.each(PROVIDERS)("spec API on $name", ({ create }) => {
  let database: TestDb;
  let server: TestServer;
  let specs: ReturnType<typeof api>;

  beforeAll(async () => {
    database = await create();
    server = await startServer({ databaseUrl: database.url });
    specs = api(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const row = (name: string) => prismaFor(database).resourceSpec.findUnique({ where: { name } });

  it("creates a spec: 201, Location header, the spec with source database", async () => {
    const res = await specs.create(gpuSpec("gpu-created"));
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/api/v1/k8s/specs/gpu-created");
    expect(res.body).toMatchObject({
      name: "gpu-created",
      category: "gpu",
      resourceType: "serverless",
      status: "active",
      source: "database",
      resources: { cpu: "16", memory: "64Gi", gpu: "1", gpuType: "NVIDIA-H200", ephemeralStorage: "300" },
      platforms: {
        generic: { nodeSelector: { "gpu.nvidia.com/class": "H200" }, tolerations: [], labels: {}, annotations: {} },
      },
    });
    expect(new Date(res.body.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(res.body.resources).not.toHaveProperty("shmSize");
    expect((await row("gpu-created"))?.status).toBe("active");
  });

  it("omits absent optional values instead of sending empty strings", async () => {
    const res = await specs.create(cpuSpec("cpu-minimal", { resources: { memory: "1Gi", ephemeralStorage: "10" } }));
    expect(res.status).toBe(201);
    expect(Object.keys(res.body.resources).sort()).toEqual(["ephemeralStorage", "memory"]);
    expect(res.body.platforms).toEqual({});
  });

  it("answers 409 for a name held by a live database row, and changes nothing", async () => {
    await specs.create(cpuSpec("cpu-dup"));
    const res = await specs.create(cpuSpec("cpu-dup", { displayName: "Other" }));
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: 'Spec "cpu-dup" already exists',
      code: "conflict",
      details: [{ path: "name", message: "is already taken" }],
    });
    expect((await specs.get("cpu-dup")).body.displayName).toBe("CPU cpu-dup");
  });

  it("lists a bare array ordered by category then name, YAML baseline included, deleted excluded", async () => {
    await specs.create(cpuSpec("aaa-cpu"));
    await specs.create(gpuSpec("aaa-gpu"));
    await specs.create(cpuSpec("zzz-deleted"));
    await specs.remove("zzz-deleted");
    const res = await specs.list();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(Array.isArray(res.body)).toBe(true);
    const keys = res.body.map((s: any) => `${s.category}/${s.name}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys.indexOf("cpu/aaa-cpu")).toBeLessThan(keys.indexOf("gpu/aaa-gpu"));
    expect(keys).not.toContain("cpu/zzz-deleted");
    const baseline = res.body.find((s: any) => s.name === "l4-single");
    expect(baseline).toMatchObject({ source: "yaml", category: "gpu" });
    expect(baseline).not.toHaveProperty("createdAt");
  });

  it("filters by category and rejects any other category with 400", async () => {
    const gpu = await specs.list("?category=gpu");
    expect(gpu.body.length).toBeGreaterThan(0);
    expect(gpu.body.every((s: any) => s.category === "gpu")).toBe(true);
    const cpu = await specs.list("?category=cpu");
    expect(cpu.body.every((s: any) => s.category === "cpu")).toBe(true);
    const bad = await specs.list("?category=tpu");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "invalid_query", details: [{ path: "category" }] });
  });

  it("gets one spec, or 404 in the error shape", async () => {
    await specs.create(gpuSpec("gpu-get"));
    expect((await specs.get("gpu-get")).body.name).toBe("gpu-get");
    const missing = await specs.get("no-such-spec");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Spec "no-such-spec" not found', code: "not_found", details: [] });
  });

  it("PUT updates only what is sent (the seed's displayName example)", async () => {
    await specs.create(gpuSpec("gpu-put"));
    const res = await specs.update("gpu-put", { displayName: "H200 Single GPU (Updated)" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: "H200 Single GPU (Updated)", resources: { cpu: "16", gpu: "1" } });
    expect(res.body.platforms.generic.nodeSelector).toEqual({ "gpu.nvidia.com/class": "H200" });
  });

  it("PUT merges resources field by field, null clears, platforms replace, status changes", async () => {
    await specs.create(gpuSpec("gpu-merge", { resources: { ...gpuSpec("x").resources, shmSize: "8Gi" } }));
    const res = await specs.update("gpu-merge", {
      resources: { memory: "128Gi", shmSize: null, cpu: null },
      platforms: { "aws-eks": { tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }] } },
      status: "deprecated",
    });
    expect(res.status).toBe(200);
    expect(res.body.resources).toEqual({ memory: "128Gi", gpu: "1", gpuType: "NVIDIA-H200", ephemeralStorage: "300" });
    expect(Object.keys(res.body.platforms)).toEqual(["aws-eks"]);
    expect(res.body.status).toBe("deprecated");
    const stored = await row("gpu-merge");
    expect([stored?.cpu, stored?.shmSize, stored?.memory]).toEqual([null, null, "128Gi"]);
  });

  it("PUT validates the merged result as a whole and rejects bad status and renames", async () => {
    await specs.create(gpuSpec("gpu-strict"));
    const toCpu = await specs.update("gpu-strict", { category: "cpu" });
    expect(toCpu.status).toBe(400);
    expect(toCpu.body.details).toContainEqual({ path: "resources.gpu", message: "a cpu spec has no gpu" });
    const clearMemory = await specs.update("gpu-strict", { resources: { memory: null } });
    expect(clearMemory.status).toBe(400);
    expect(clearMemory.body.details[0].path).toBe("resources.memory");
    for (const status of ["deleted", "bogus"]) {
      const res = await specs.update("gpu-strict", { status });
      expect(res.status).toBe(400);
      expect(res.body.details[0].path).toBe("status");
    }
    const rename = await specs.update("gpu-strict", { name: "other-name" });
    expect(rename.status).toBe(400);
    expect(rename.body.details).toEqual([{ path: "name", message: 'cannot change (spec is "gpu-strict")' }]);
    expect((await specs.update("gpu-strict", { name: "gpu-strict", displayName: "Same name ok" })).status).toBe(200);
    expect((await specs.get("gpu-strict")).body).toMatchObject({
      category: "gpu",
      status: "active",
      displayName: "Same name ok",
    });
  });

  it("PUT of a missing or deleted spec is a 404", async () => {
    expect((await specs.update("never-existed", { displayName: "x" })).status).toBe(404);
    await specs.create(cpuSpec("cpu-put-deleted"));
    await specs.remove("cpu-put-deleted");
    expect((await specs.update("cpu-put-deleted", { displayName: "x" })).status).toBe(404);
  });

  it("DELETE soft-deletes (200 message), then 404; the row stays with status deleted", async () => {
    await specs.create(cpuSpec("cpu-del"));
    const res = await specs.remove("cpu-del");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: "Spec deleted successfully", name: "cpu-del" });
    expect((await specs.get("cpu-del")).status).toBe(404);
    expect((await specs.remove("cpu-del")).status).toBe(404);
    expect((await row("cpu-del"))?.status).toBe("deleted");
    expect((await specs.remove("never-existed")).status).toBe(404);
  });

  it("a soft-deleted name can be created again", async () => {
    await specs.create(cpuSpec("cpu-again"));
    await specs.remove("cpu-again");
    const res = await specs.create(gpuSpec("cpu-again"));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: "gpu", status: "active" });
    expect((await specs.get("cpu-again")).body.category).toBe("gpu");
  });

  it("a YAML-only name is created in the database and takes over", async () => {
    const before = (await specs.get("cpu-4c16g")).body;
    expect(before.source).toBe("yaml");
    const res = await specs.create(cpuSpec("cpu-4c16g", { displayName: "Taken over" }));
    expect(res.status).toBe(201);
    const after = (await specs.get("cpu-4c16g")).body;
    expect(after).toMatchObject({ source: "database", displayName: "Taken over" });
    expect((await specs.list()).body.filter((s: any) => s.name === "cpu-4c16g")).toHaveLength(1);
  });

  it("updating a YAML-only spec stores a database override", async () => {
    const res = await specs.update("a100-80g-single", { displayName: "A100 override" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: "database",
      displayName: "A100 override",
      resources: { gpuType: "NVIDIA-A100-80GB" },
    });
    expect((await row("a100-80g-single"))?.displayName).toBe("A100 override");
  });

  it("deleting a YAML-only spec records the deletion so it stays hidden", async () => {
    expect((await specs.remove("l40s-single")).status).toBe(200);
    expect((await specs.get("l40s-single")).status).toBe(404);
    expect((await specs.list()).body.map((s: any) => s.name)).not.toContain("l40s-single");
    expect((await row("l40s-single"))?.status).toBe("deleted");
    expect((await specs.remove("l40s-single")).status).toBe(404);
  });

  it("serves the same API at /api/v1/specs", async () => {
    const alias = api(server.url, "/api/v1/specs");
    const res = await alias.create(cpuSpec("cpu-alias"));
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/api/v1/specs/cpu-alias");
    expect((await specs.get("cpu-alias")).body.name).toBe("cpu-alias");
    expect((await alias.list("?category=cpu")).body).toEqual((await specs.list("?category=cpu")).body);
    expect((await alias.update("cpu-alias", { displayName: "via alias" })).body.displayName).toBe("via alias");
    expect((await alias.remove("cpu-alias")).status).toBe(200);
  });

  it("rejects non-JSON (415), malformed JSON (400) and bodies over 64 KiB (413)", async () => {
    const form = await specs.create("name=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe("unsupported_media_type");
    const bad = await specs.create("{not json");
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("invalid_json");
    const big = await specs.create(cpuSpec("cpu-big", { displayName: "x".repeat(70 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body.code).toBe("payload_too_large");
    const put = await call(server.url, "PUT", "/api/v1/k8s/specs/cpu-2c4g", "{}", { "content-type": "text/plain" });
    expect(put.status).toBe(415);
  });

  it("answers unsupported methods (405 with Allow) and unknown API paths (404) in the error shape", async () => {
    const patch = await call(server.url, "PATCH", "/api/v1/k8s/specs/cpu-2c4g", { displayName: "x" });
    expect(patch.status).toBe(405);
    expect(patch.headers.get("allow")).toBe("GET, PUT, DELETE");
    expect(patch.body).toEqual({
      error: "Method not allowed; use GET, PUT, DELETE",
      code: "method_not_allowed",
      details: [],
    });
    expect((await call(server.url, "DELETE", "/api/v1/specs")).status).toBe(405);
    const unknown = await call(server.url, "GET", "/api/v1/no-such-thing");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: "No API route GET /api/v1/no-such-thing", code: "not_found", details: [] });
  });
});
