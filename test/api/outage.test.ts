// Database outage: reads fall back to the YAML baseline (marked), writes are a
// 503 that changes nothing, health says degraded; recovery needs no restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { sqliteTestDb, type TestDb } from "../helpers/databases";
import { api, call, cpuSpec } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";
import { startServerBehindProxy, type ProxiedServer, type TcpProxy } from "../helpers/tcp-proxy";

describe("database outage and recovery (MariaDB behind a proxy)", () => {
  let env: ProxiedServer;
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    env = await startServerBehindProxy();
    ({ proxy, server } = env);
  });
  afterAll(async () => env?.stop());

  it("serves the overlay while up, the marked YAML baseline while down, and recovers", async () => {
    const specs = api(server.url);
    expect((await specs.create(cpuSpec("db-only"))).status).toBe(201);
    expect((await specs.update("h200-single", { displayName: "Overridden" })).status).toBe(200);
    const up = await call(server.url, "GET", "/api/v1/health");
    expect(up.body).toMatchObject({ status: "ok", database: "up", yamlSpecs: 7 });

    await proxy.cut();
    const health = await call(server.url, "GET", "/api/v1/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: "degraded", database: "down", yamlSpecs: 7 });

    const list = await specs.list();
    expect(list.status).toBe(200);
    expect(list.headers.get("x-specs-degraded")).toMatch(/database unavailable/);
    expect(list.body).toHaveLength(7);
    expect(list.body.every((s: any) => s.source === "yaml")).toBe(true);
    expect(list.body.find((s: any) => s.name === "h200-single").displayName).toBe("H200 1 GPU");

    const page = await fetch(`${server.url}/specs`).then((r) => r.text());
    expect(page).toContain("The database is unreachable. Showing the YAML baseline only");
    expect(page).not.toContain("db-only");

    const yamlOne = await specs.get("h200-single");
    expect(yamlOne.status).toBe(200);
    expect(yamlOne.body.source).toBe("yaml");
    // Not in YAML: "not found" would be a silent wrong answer.
    const dbOnly = await specs.get("db-only");
    expect(dbOnly.status, server.logs().slice(-1500)).toBe(503);
    expect(dbOnly.body.code).toBe("database_unavailable");

    for (const res of [
      await specs.create(cpuSpec("during-outage")),
      await specs.update("db-only", { displayName: "x" }),
      await specs.remove("db-only"),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: "database_unavailable", error: expect.stringMatching(/unavailable/) });
      expect(res.headers.get("retry-after")).toBe("5");
    }

    await proxy.restore();
    let recovered: any;
    for (let i = 0; i < 40; i++) {
      recovered = await specs.get("db-only");
      if (recovered.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered.status).toBe(200);
    expect((await specs.get("h200-single")).body).toMatchObject({ source: "database", displayName: "Overridden" });
    expect((await specs.list()).headers.get("x-specs-degraded")).toBeNull();
    expect((await call(server.url, "GET", "/api/v1/health")).body.status).toBe("ok");
    expect((await specs.get("during-outage")).status).toBe(404);
    const pageAfter = await fetch(`${server.url}/specs`).then((r) => r.text());
    expect(pageAfter).not.toContain("The database is unreachable");
    expect(pageAfter).toContain("db-only");
    expect(server.logs()).not.toMatch(/Internal server error/);
  });
});

describe("starting while the database is unreachable", () => {
  let env: ProxiedServer;
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    env = await startServerBehindProxy({ cutFirst: true }); // a fresh database, never migrated
    ({ proxy, server } = env);
  });
  afterAll(async () => env?.stop());

  it("serves the YAML baseline, then migrates and accepts writes once the database answers", async () => {
    expect(server.logs()).toMatch(/unreachable at start .*serving the YAML baseline until it is back/);
    const specs = api(server.url);
    const list = await specs.list();
    expect(list.status).toBe(200);
    expect(list.headers.get("x-specs-degraded")).not.toBeNull();
    expect(list.body).toHaveLength(7);
    expect((await specs.create(cpuSpec("early-write"))).status).toBe(503);

    await proxy.restore();
    let created: any;
    for (let i = 0; i < 60; i++) {
      created = await specs.create(cpuSpec("after-recovery"));
      if (created.status === 201) break;
      expect(created.status).toBe(503);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(created.status).toBe(201);
    expect(server.logs()).toMatch(/database reachable: applied 20261204000000_init/);
    expect((await specs.list()).headers.get("x-specs-degraded")).toBeNull();
    expect((await specs.get("early-write")).status).toBe(404);
  });
});

describe("SQLite file removed under a running server", () => {
  let database: TestDb;
  let server: TestServer;

  beforeAll(async () => {
    database = await sqliteTestDb();
    server = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("answers writes with 503, never 500", async () => {
    const specs = api(server.url);
    expect((await specs.create(cpuSpec("before-removal"))).status).toBe(201);
    fs.rmSync(new URL(database.url.replace("file:", "file://")).pathname);
    const res = await specs.create(cpuSpec("after-removal"));
    expect(res.status).toBe(503);
    expect(res.body.code).toBe("database_unavailable");
    expect(server.logs()).not.toContain("unhandled error");
  });
});
