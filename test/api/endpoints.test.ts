// The endpoints API (record provider) on SQLite and MariaDB, including the
// seed's "create a spec, then at once an endpoint" from another process.
import yaml from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDERS, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";
import { api, call, cpuSpec, gpuSpec } from "../helpers/http";
import { startServerPair, type TestServer } from "../helpers/server";

const ep = (base: string) => ({
  create: (body: unknown) => call(base, "POST", "/api/v1/endpoints", body),
  preview: (body: unknown) => call(base, "POST", "/api/v1/endpoints/preview", body),
  list: () => call(base, "GET", "/api/v1/endpoints"),
  get: (name: string) => call(base, "GET", `/api/v1/endpoints/${name}`),
  patch: (name: string, body: unknown) => call(base, "PATCH", `/api/v1/endpoints/${name}`, body),
  remove: (name: string) => call(base, "DELETE", `/api/v1/endpoints/${name}`),
});

const body = (endpoint: string, specName: string, extra: Record<string, unknown> = {}) => ({
  endpoint,
  specName,
  image: "your-image:latest",
  replicas: 1,
  ...extra,
});

describe.each(PROVIDERS)("endpoints API on $name", ({ create }) => {
  let database: TestDb;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    database = await create();
    [a, b] = await startServerPair(database.url);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("the seed's sequence: a spec created through one process deploys at once through another", async () => {
    expect(
      (
        await api(a.url).create({
          name: "test-spec",
          displayName: "Test Spec",
          category: "cpu",
          resources: { cpu: "1", memory: "2Gi", ephemeralStorage: "20" },
        })
      ).status,
    ).toBe(201);
    const res = await ep(b.url).create(body("test-app", "test-spec"));
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/api/v1/endpoints/test-app");
    expect(res.body).toMatchObject({
      name: "test-app",
      specName: "test-spec",
      image: "your-image:latest",
      replicas: 1,
      provider: "record",
      status: { state: "recorded" },
      specChanged: false,
      warnings: [],
    });
    const container = res.body.manifest.spec.template.spec.containers[0];
    expect(container.resources.limits).toEqual({ cpu: "1", memory: "2Gi", "ephemeral-storage": "20Gi" });
    expect((await ep(a.url).get("test-app")).body.manifest).toEqual(res.body.manifest);
    const row = await prismaFor(database).endpoint.findUnique({ where: { name: "test-app" } });
    expect(yaml.load(row!.manifest)).toEqual(res.body.manifest);
  });

  it("multiplies per-GPU resources by gpuCount and bounds gpuCount by the spec", async () => {
    await api(a.url).create(
      gpuSpec("gpu-4x", {
        resources: {
          cpu: "500m",
          memory: "4Gi",
          gpu: "4",
          gpuType: "NVIDIA-H100",
          ephemeralStorage: "100",
          shmSize: "8Gi",
        },
      }),
    );
    const res = await ep(a.url).create(body("gpu-app", "gpu-4x", { gpuCount: 3 }));
    expect(res.status).toBe(201);
    const pod = res.body.manifest.spec.template.spec;
    expect(pod.containers[0].resources.requests).toEqual({
      cpu: "1500m",
      memory: "12Gi",
      "ephemeral-storage": "100Gi",
      "nvidia.com/gpu": "3",
    });
    expect(pod.volumes).toEqual([{ name: "dshm", emptyDir: { medium: "Memory", sizeLimit: "8Gi" } }]);
    const over = await ep(a.url).create(body("gpu-app-2", "gpu-4x", { gpuCount: 5 }));
    expect(over.status).toBe(400);
    expect(over.body.details).toEqual([{ path: "gpuCount", message: "must be at most 4 (the spec's gpu)" }]);
    const onCpu = await ep(a.url).create(body("cpu-gpus", "test-spec", { gpuCount: 1 }));
    expect(onCpu.status).toBe(400);
    expect(onCpu.body.details[0].path).toBe("gpuCount");
  });

  it("answers 400 for a missing or deleted spec, 409 for an inactive one, warns for a deprecated one", async () => {
    const missing = await ep(a.url).create(body("app-missing", "no-such-spec"));
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      code: "validation_failed",
      details: [{ path: "specName", message: 'spec "no-such-spec" does not exist or was deleted' }],
    });
    await api(a.url).create(cpuSpec("gone-spec"));
    await api(a.url).remove("gone-spec");
    expect((await ep(a.url).create(body("app-gone", "gone-spec"))).status).toBe(400);
    await api(a.url).create(cpuSpec("off-spec", { status: "inactive" }));
    const inactive = await ep(b.url).create(body("app-off", "off-spec"));
    expect(inactive.status).toBe(409);
    expect(inactive.body.code).toBe("not_deployable");
    await api(a.url).create(cpuSpec("old-spec", { status: "deprecated" }));
    const deprecated = await ep(a.url).create(body("app-old", "old-spec"));
    expect(deprecated.status).toBe(201);
    expect(deprecated.body.warnings).toEqual([
      'Spec "old-spec" is deprecated; consider moving this endpoint to another spec',
    ]);
    expect(
      await prismaFor(database).endpoint.count({ where: { name: { in: ["app-missing", "app-gone", "app-off"] } } }),
    ).toBe(0);
  });

  it("deploys a YAML-baseline spec and rejects a duplicate endpoint with 409", async () => {
    expect((await ep(a.url).create(body("l4-app", "l4-single"))).status).toBe(201);
    const dup = await ep(b.url).create(body("l4-app", "l4-single"));
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({
      error: 'Endpoint "l4-app" already exists',
      code: "conflict",
      details: [{ path: "endpoint", message: "is already taken" }],
    });
  });

  it("validates input by field, rejecting unknown fields", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [body("Bad_Name", "test-spec"), "endpoint"],
      [body("x".repeat(64), "test-spec"), "endpoint"],
      [body("img-bad", "test-spec", { image: "Not A Valid/Image" }), "image"],
      [body("rep-bad", "test-spec", { replicas: 101 }), "replicas"],
      [body("rep-neg", "test-spec", { replicas: -1 }), "replicas"],
      [body("env-bad", "test-spec", { env: { "1BAD=": "x" } }), "env.1BAD="],
      [body("shm-bad", "test-spec", { shmSize: "lots" }), "shmSize"],
      [body("lbl-bad", "test-spec", { labels: { "bad key": "v" } }), "labels.bad key"],
      [body("unk", "test-spec", { taskTimeout: 5 }), "taskTimeout"],
    ];
    for (const [input, path] of cases) {
      const res = await ep(a.url).create(input);
      expect(res.status, path).toBe(400);
      expect(
        res.body.details.map((d: any) => d.path),
        path,
      ).toContain(path);
    }
    expect((await call(a.url, "POST", "/api/v1/endpoints", "{", { "content-type": "application/json" })).status).toBe(
      400,
    );
    expect((await call(a.url, "POST", "/api/v1/endpoints", "x", { "content-type": "text/plain" })).status).toBe(415);
  });

  it("previews YAML without storing anything", async () => {
    const res = await fetch(`${a.url}/api/v1/endpoints/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body("preview-only", "h200-single", { gpuCount: 1 })),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/yaml/);
    const manifest = yaml.load(await res.text()) as any;
    expect(manifest).toMatchObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "preview-only" } });
    expect(manifest.spec.template.spec.nodeSelector).toEqual({ "gpu.nvidia.com/class": "H200" });
    expect((await ep(a.url).get("preview-only")).status).toBe(404);
    expect((await ep(a.url).preview(body("preview-bad", "no-such-spec"))).status).toBe(400);
  });

  it("lists endpoints and tells when their spec changed since deployment", async () => {
    await api(a.url).create(cpuSpec("drift-spec"));
    await ep(a.url).create(body("drift-app", "drift-spec"));
    const before = (await ep(b.url).list()).body.find((e: any) => e.name === "drift-app");
    expect(before).toMatchObject({ specChanged: false, specStatus: "active" });
    expect(before).not.toHaveProperty("manifest");
    await api(b.url).update("drift-spec", { displayName: "Only the name" });
    expect((await ep(a.url).get("drift-app")).body.specChanged).toBe(false);
    await api(b.url).update("drift-spec", { resources: { memory: "8Gi" } });
    expect((await ep(a.url).get("drift-app")).body).toMatchObject({ specChanged: true, specStatus: "active" });
    const patched = await ep(a.url).patch("drift-app", { replicas: 3, image: "your-image:v2", env: { MODEL: "m" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      replicas: 3,
      image: "your-image:v2",
      env: { MODEL: "m" },
      specChanged: false,
    });
    expect(patched.body.manifest.spec.template.spec.containers[0].resources.limits.memory).toBe("8Gi");
  });

  it("PATCH re-renders with another spec and validates like create; 404 when missing", async () => {
    await api(a.url).create(
      gpuSpec("gpu-2x", {
        resources: { cpu: "4", memory: "16Gi", gpu: "2", gpuType: "NVIDIA-L4", ephemeralStorage: "50" },
      }),
    );
    const moved = await ep(a.url).patch("drift-app", { specName: "gpu-2x", gpuCount: 2 });
    expect(moved.status).toBe(200);
    expect(moved.body.manifest.spec.template.spec.containers[0].resources.limits).toMatchObject({
      cpu: "8",
      memory: "32Gi",
      "nvidia.com/gpu": "2",
    });
    expect((await ep(a.url).patch("drift-app", { gpuCount: 3 })).status).toBe(400);
    expect((await ep(a.url).patch("drift-app", { endpoint: "rename" })).status).toBe(400);
    expect((await ep(a.url).patch("no-such-app", { replicas: 1 })).status).toBe(404);
  });

  it("refuses to delete a spec endpoints use, unless forced; deleting the endpoint frees it", async () => {
    await api(a.url).create(cpuSpec("busy-spec"));
    await ep(a.url).create(body("busy-app", "busy-spec"));
    const refused = await api(b.url).remove("busy-spec");
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain("busy-app");
    expect(refused.body.details).toEqual([{ path: "endpoints", message: "busy-app" }]);
    expect((await api(a.url).get("busy-spec")).status).toBe(200);

    const del = await ep(b.url).remove("busy-app");
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ message: "Endpoint deleted successfully", name: "busy-app" });
    expect((await ep(a.url).get("busy-app")).status).toBe(404);
    expect((await ep(a.url).remove("busy-app")).status).toBe(404);
    expect((await api(a.url).remove("busy-spec")).status).toBe(200);

    await api(a.url).create(cpuSpec("forced-spec"));
    await ep(a.url).create(body("forced-app", "forced-spec"));
    expect((await call(a.url, "DELETE", "/api/v1/k8s/specs/forced-spec?force=true")).status).toBe(200);
    // Already deleted: 404, even though an endpoint still names it.
    expect((await api(b.url).remove("forced-spec")).status).toBe(404);
    expect((await ep(a.url).get("forced-app")).body).toMatchObject({ specChanged: true, specStatus: "missing" });
  });

  it("refuses to deploy a spec whose stored values are invalid (as waverless may have written them)", async () => {
    await prismaFor(database).resourceSpec.create({
      data: {
        name: "wl-bad",
        displayName: "Bad from waverless",
        category: "cpu",
        memory: "4GB",
        ephemeralStorage: "10",
      },
    });
    const res = await ep(a.url).create(body("bad-app", "wl-bad"));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("not_deployable");
    expect(res.body.details).toEqual([
      { path: "spec.resources.memory", message: 'must be a Kubernetes quantity such as "4Gi" or "512Mi"' },
    ]);
    expect((await ep(a.url).preview(body("bad-app", "wl-bad"))).status).toBe(409);
    // An endpoint whose spec later turns invalid still lists, marked.
    await api(a.url).create(cpuSpec("turns-bad"));
    expect((await ep(a.url).create(body("turns-bad-app", "turns-bad"))).status).toBe(201);
    await prismaFor(database).resourceSpec.update({ where: { name: "turns-bad" }, data: { memory: "lots" } });
    const listed = (await ep(b.url).list()).body.find((e: any) => e.name === "turns-bad-app");
    expect(listed).toMatchObject({ specChanged: true, specStatus: "invalid" });
  });
});
