// Every input rule answers 400 naming the field, and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDERS, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";
import { api, cpuSpec, gpuSpec } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

const withResources = (base: any, resources: Record<string, unknown>) => ({
  ...base,
  resources: { ...base.resources, ...resources },
});
const withPlatform = (settings: Record<string, unknown>) => gpuSpec("bad-spec", { platforms: { generic: settings } });
const toleration = (t: Record<string, unknown>) => withPlatform({ tolerations: [t] });

const CASES: [string, unknown, string, RegExp][] = [
  ["name not DNS-1123", gpuSpec("Bad_Name"), "name", /DNS-1123/],
  ["name over 63", gpuSpec("a".repeat(64)), "name", /63/],
  ["empty displayName", gpuSpec("bad-spec", { displayName: "" }), "displayName", /required/],
  ["displayName over 255", gpuSpec("bad-spec", { displayName: "x".repeat(256) }), "displayName", /255/],
  ["unknown category", gpuSpec("bad-spec", { category: "tpu" }), "category", /cpu|gpu/],
  ["unknown resourceType", gpuSpec("bad-spec", { resourceType: "spot" }), "resourceType", /serverless|fixed/],
  ["memory not a quantity", withResources(gpuSpec("bad-spec"), { memory: "4GB" }), "resources.memory", /quantity/],
  ["memory missing", withResources(gpuSpec("bad-spec"), { memory: undefined }), "resources.memory", /./],
  ["memory zero", withResources(gpuSpec("bad-spec"), { memory: "0" }), "resources.memory", /greater than zero/],
  ["cpu not a quantity", withResources(gpuSpec("bad-spec"), { cpu: "two" }), "resources.cpu", /quantity/],
  ["shmSize not a quantity", withResources(gpuSpec("bad-spec"), { shmSize: "lots" }), "resources.shmSize", /quantity/],
  [
    "ephemeralStorage missing",
    withResources(gpuSpec("bad-spec"), { ephemeralStorage: undefined }),
    "resources.ephemeralStorage",
    /./,
  ],
  [
    "ephemeralStorage not a quantity",
    withResources(gpuSpec("bad-spec"), { ephemeralStorage: "300GB" }),
    "resources.ephemeralStorage",
    /quantity/,
  ],
  ["gpu not whole", withResources(gpuSpec("bad-spec"), { gpu: "1.5" }), "resources.gpu", /whole number/],
  ["gpu spec with gpu 0", withResources(gpuSpec("bad-spec"), { gpu: "0" }), "resources.gpu", /at least 1/],
  [
    "gpu spec without gpuType",
    withResources(gpuSpec("bad-spec"), { gpuType: undefined }),
    "resources.gpuType",
    /needs a gpuType/,
  ],
  ["cpu spec with gpu", withResources(cpuSpec("bad-spec"), { gpu: "1" }), "resources.gpu", /cpu spec has no gpu/],
  ["bad label key", withPlatform({ labels: { "bad key": "v" } }), "platforms.generic.labels.bad key", /key "bad key"/],
  ["bad label value", withPlatform({ labels: { team: "-x-" } }), "platforms.generic.labels.team", /value/],
  [
    "label value over 63",
    withPlatform({ nodeSelector: { pool: "v".repeat(64) } }),
    "platforms.generic.nodeSelector.pool",
    /63/,
  ],
  [
    "bad annotation key",
    withPlatform({ annotations: { "a/b/c": "x" } }),
    "platforms.generic.annotations.a/b/c",
    /'\/'/,
  ],
  ["bad platform name", gpuSpec("bad-spec", { platforms: { "AWS EKS": {} } }), "platforms.AWS EKS", /platform name/],
  [
    "toleration operator",
    toleration({ key: "k", operator: "In", value: "v" }),
    "platforms.generic.tolerations.0.operator",
    /Equal|Exists/,
  ],
  [
    "Exists with a value",
    toleration({ key: "k", operator: "Exists", value: "v" }),
    "platforms.generic.tolerations.0.value",
    /empty when operator is Exists/,
  ],
  [
    "toleration effect",
    toleration({ key: "k", operator: "Equal", value: "v", effect: "Sometimes" }),
    "platforms.generic.tolerations.0.effect",
    /NoSchedule/,
  ],
  [
    "Equal without key",
    toleration({ operator: "Equal", value: "v" }),
    "platforms.generic.tolerations.0.key",
    /required/,
  ],
  ["unknown top-level field", gpuSpec("bad-spec", { flavour: "x" }), "flavour", /unknown field "flavour"/],
  [
    "unknown resources field",
    withResources(gpuSpec("bad-spec"), { disk: "1" }),
    "resources.disk",
    /unknown field "disk"/,
  ],
  ["unknown platform field", withPlatform({ affinity: {} }), "platforms.generic.affinity", /unknown field/],
  ["status deleted on create", gpuSpec("bad-spec", { status: "deleted" }), "status", /active|inactive|deprecated/],
];

describe.each(PROVIDERS)("spec validation on $name", ({ create }) => {
  let database: TestDb;
  let server: TestServer;

  beforeAll(async () => {
    database = await create();
    server = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it.each(CASES)("%s → 400 at %s", async (_label, body, path, message) => {
    const res = await api(server.url).create(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("validation_failed");
    expect(typeof res.body.error).toBe("string");
    const detail = res.body.details.find((d: any) => d.path === path);
    expect(detail, JSON.stringify(res.body.details)).toBeDefined();
    expect(detail.message).toMatch(message);
  });

  it("stored nothing for any rejected body", async () => {
    expect(await prismaFor(database).resourceSpec.count()).toBe(0);
  });

  it("accepts quantities in every Kubernetes form", async () => {
    const res = await api(server.url).create(
      withResources(gpuSpec("good-units", { resourceType: "fixed" }), {
        cpu: "500m",
        memory: "1.5Gi",
        ephemeralStorage: "100Gi",
        shmSize: "512Mi",
        gpu: 8,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.resources).toMatchObject({
      cpu: "500m",
      memory: "1.5Gi",
      gpu: "8",
      ephemeralStorage: "100Gi",
      shmSize: "512Mi",
    });
    expect(res.body.resourceType).toBe("fixed");
  });
});
