// The OpenAPI document is served, built from the validating schemas, and every
// path and method it documents is one the server routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DNS1123_LABEL } from "@/lib/k8s/syntax";
import { sqliteTestDb, type TestDb } from "../helpers/databases";
import { call } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

describe("OpenAPI document", () => {
  let database: TestDb;
  let server: TestServer;
  let doc: any;

  beforeAll(async () => {
    database = await sqliteTestDb();
    server = await startServer({ databaseUrl: database.url });
    doc = (await call(server.url, "GET", "/api/v1/openapi.json")).body;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("is OpenAPI 3.1 with the input schemas' own rules", () => {
    expect(doc.openapi).toBe("3.1.0");
    const spec = doc.components.schemas.SpecInput;
    expect(spec.properties.name.pattern).toBe(DNS1123_LABEL.source);
    expect(spec.properties.category.enum).toEqual(["cpu", "gpu"]);
    expect(spec.additionalProperties).toBe(false);
    expect(spec.required).toEqual(expect.arrayContaining(["name", "displayName", "category", "resources"]));
    expect(doc.components.schemas.EndpointInput.properties.replicas).toMatchObject({ minimum: 0, maximum: 100 });
  });

  it("documents only routes the server serves", async () => {
    const methods = ["get", "post", "put", "patch", "delete"];
    const checked: string[] = [];
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const method of methods.filter((m) => item[m])) {
        const url = path.replace("{name}", "no-such-name");
        const res = await call(
          server.url,
          method.toUpperCase(),
          url,
          method === "get" || method === "delete" ? undefined : {},
        );
        expect(
          [404, 405].includes(res.status) && /No API route|Method not allowed/.test(res.body?.error ?? ""),
          `${method} ${path}`,
        ).toBe(false);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(17);
  });
});
