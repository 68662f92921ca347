// ENDPOINT_PROVIDER=kubernetes against the local API server stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteTestDb, type TestDb } from "../helpers/databases";
import { prismaFor } from "../helpers/prisma";
import { call } from "../helpers/http";
import { startKubeStandin, type KubeStandin } from "../helpers/kube-api-standin";
import { startServer, type TestServer } from "../helpers/server";

describe("kubernetes provider", () => {
  let database: TestDb;
  let kube: KubeStandin;
  let server: TestServer;

  beforeAll(async () => {
    database = await sqliteTestDb();
    kube = await startKubeStandin();
    server = await startServer({
      databaseUrl: database.url,
      env: {
        ENDPOINT_PROVIDER: "kubernetes",
        KUBECONFIG: kube.kubeconfig,
        K8S_NAMESPACE: "inference",
        K8S_PLATFORM: "aws-eks",
        K8S_REQUEST_TIMEOUT_MS: "800",
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await kube?.close();
    await database?.drop();
  });

  const create = (endpoint: string, extra: Record<string, unknown> = {}) =>
    call(server.url, "POST", "/api/v1/endpoints", {
      endpoint,
      specName: "h200-single",
      image: "registry.example.com/llm:v1",
      replicas: 2,
      ...extra,
    });

  it("server-side applies the Deployment with field manager waverless-specs, in the configured namespace", async () => {
    const res = await create("llm");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      provider: "kubernetes",
      platform: "aws-eks",
      status: { state: "progressing", message: "0/2 replicas ready" },
    });
    const apply = kube.requests.find((r) => r.method === "PATCH")!;
    expect(apply).toMatchObject({
      path: "/apis/apps/v1/namespaces/inference/deployments/llm",
      contentType: "application/apply-patch+yaml",
      query: { fieldManager: "waverless-specs", force: "true" },
    });
    expect((apply.body as any).metadata.namespace).toBe("inference");
    expect((apply.body as any).spec.template.spec.nodeSelector).toEqual({
      "node.kubernetes.io/instance-type": "p5en.48xlarge",
    });
    expect(kube.deployments.get("inference/llm").metadata.managedFields[0]).toEqual({
      manager: "waverless-specs",
      operation: "Apply",
    });
  });

  it("reports status from the Deployment: ready replicas and conditions", async () => {
    kube.setReady("inference/llm", 2);
    const res = await call(server.url, "GET", "/api/v1/endpoints/llm");
    expect(res.body.status).toMatchObject({
      state: "ready",
      replicas: 2,
      readyReplicas: 2,
      message: "2/2 replicas ready",
    });
    kube.deployments.delete("inference/llm");
    expect((await call(server.url, "GET", "/api/v1/endpoints/llm")).body.status).toMatchObject({ state: "missing" });
  });

  it("re-applies on PATCH and deletes the Deployment on DELETE", async () => {
    expect((await create("llm-2")).status).toBe(201);
    const patched = await call(server.url, "PATCH", "/api/v1/endpoints/llm-2", { replicas: 4 });
    expect(patched.status).toBe(200);
    expect(kube.deployments.get("inference/llm-2").spec.replicas).toBe(4);
    expect((await call(server.url, "DELETE", "/api/v1/endpoints/llm-2")).status).toBe(200);
    expect(kube.deployments.has("inference/llm-2")).toBe(false);
    expect(kube.requests.at(-1)).toMatchObject({
      method: "DELETE",
      path: "/apis/apps/v1/namespaces/inference/deployments/llm-2",
    });
  });

  it("a refused apply is a 502 naming the cluster's reason, and nothing is recorded", async () => {
    kube.failNextApply(
      403,
      'deployments.apps is forbidden: User "tester" cannot patch resource "deployments" in namespace "inference"',
    );
    const res = await create("llm-denied");
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({
      code: "provider_failed",
      error: expect.stringContaining("Kubernetes apply failed (403): deployments.apps is forbidden"),
    });
    expect((await call(server.url, "GET", "/api/v1/endpoints/llm-denied")).status).toBe(404);
    expect(await prismaFor(database).endpoint.count({ where: { name: "llm-denied" } })).toBe(0);
  });

  it("a cluster that does not answer costs a request the timeout, not minutes", async () => {
    expect((await create("llm-slow")).status).toBe(201);
    kube.hang("GET");
    const status = await call(server.url, "GET", "/api/v1/endpoints/llm-slow");
    expect(status.body.status).toMatchObject({
      state: "unknown",
      message: expect.stringContaining("did not answer within 800 ms"),
    });

    kube.hang("PATCH");
    const applied = await create("llm-hung");
    expect(applied.status).toBe(502);
    expect(applied.body.error).toContain("did not answer within 800 ms");
    expect(await prismaFor(database).endpoint.count({ where: { name: "llm-hung" } })).toBe(0);
    kube.hang(null);
  });
});
