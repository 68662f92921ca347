// Two server processes on one database: a change through either is visible
// through the other at once, with no restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDERS, type TestDb } from "../helpers/databases";
import { api, cpuSpec, gpuSpec } from "../helpers/http";
import { startServerPair, type TestServer } from "../helpers/server";

describe.each(PROVIDERS)("two processes on $name", ({ create }) => {
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

  it("both started and migrated the database once", async () => {
    const logs = a.logs() + b.logs();
    expect(logs.match(/applied 2026/g)?.length).toBe(1);
    expect(a.logs()).toContain("Spec service injected into SpecManager - specs will be read from database first");
  });

  it("sees creates, updates and deletes made through the other process at once", async () => {
    const A = api(a.url);
    const B = api(b.url);
    expect((await A.create(gpuSpec("fresh-gpu"))).status).toBe(201);
    expect((await B.get("fresh-gpu")).body.source).toBe("database");
    expect((await B.update("fresh-gpu", { displayName: "Changed on B" })).status).toBe(200);
    expect((await A.get("fresh-gpu")).body.displayName).toBe("Changed on B");
    expect((await A.list("?category=gpu")).body.map((s: any) => s.name)).toContain("fresh-gpu");
    expect((await B.remove("fresh-gpu")).status).toBe(200);
    expect((await A.get("fresh-gpu")).status).toBe(404);
    expect((await A.create(cpuSpec("fresh-gpu"))).status).toBe(201);
    expect((await B.get("fresh-gpu")).body.category).toBe("cpu");
  });
});
