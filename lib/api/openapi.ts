// The API described as OpenAPI 3.1, built from the same zod schemas that
// validate requests, so the document cannot drift from the rules.
import { z } from "zod";
import { endpointCreateSchema, endpointUpdateSchema } from "@/lib/endpoints/schema";
import { ERROR_STATUS } from "@/lib/errors";
import { specInputSchema, specUpdateSchema } from "@/lib/specs/schema";

const schema = (s: z.ZodType) => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (s: object) => ({ "application/json": { schema: s } });
const ok = (description: string, s?: object) => ({ description, ...(s ? { content: json(s) } : {}) });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((st) => [String(st), { description: "Error", content: json(ref("Error")) }]));
const body = (name: string) => ({ required: true, content: json(ref(name)) });
const nameParam = (what: string) => ({
  name: "name",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: what,
});

function specPaths(base: string) {
  return {
    [base]: {
      get: {
        summary: "List specs (database overlay on the YAML baseline), ordered by category then name",
        parameters: [{ name: "category", in: "query", schema: { type: "string", enum: ["cpu", "gpu"] } }],
        responses: { "200": ok("Specs", { type: "array", items: ref("Spec") }), ...errors(400, 503) },
      },
      post: {
        summary: "Create a spec",
        requestBody: body("SpecInput"),
        responses: { "201": ok("Created", ref("Spec")), ...errors(400, 409, 413, 415, 503) },
      },
    },
    [`${base}/{name}`]: {
      parameters: [nameParam("Spec name")],
      get: { summary: "One spec", responses: { "200": ok("The spec", ref("Spec")), ...errors(404, 503) } },
      put: {
        summary: "Partial update: resources merge (null clears), platforms replace",
        requestBody: body("SpecUpdate"),
        responses: { "200": ok("Updated", ref("Spec")), ...errors(400, 404, 413, 415, 503) },
      },
      delete: {
        summary: "Soft delete; 409 while endpoints use the spec unless force=true",
        parameters: [{ name: "force", in: "query", schema: { type: "boolean" } }],
        responses: { "200": ok("Deleted"), ...errors(404, 409, 503) },
      },
    },
  };
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "waverless-specs",
      version: "1",
      description: "Hardware specs and endpoints for serverless GPU inference",
    },
    paths: {
      ...specPaths("/api/v1/k8s/specs"),
      ...specPaths("/api/v1/specs"),
      "/api/v1/endpoints": {
        get: { summary: "List endpoints", responses: { "200": ok("Endpoints"), ...errors(503) } },
        post: {
          summary: "Create an endpoint from a spec",
          requestBody: body("EndpointInput"),
          responses: { "201": ok("Created"), ...errors(400, 409, 413, 415, 502, 503) },
        },
      },
      "/api/v1/endpoints/preview": {
        post: {
          summary: "Render the Deployment without storing anything",
          requestBody: body("EndpointInput"),
          responses: {
            "200": { description: "Deployment YAML", content: { "application/yaml": {} } },
            ...errors(400, 409),
          },
        },
      },
      "/api/v1/endpoints/{name}": {
        parameters: [nameParam("Endpoint name")],
        get: {
          summary: "One endpoint with live status and manifest",
          responses: { "200": ok("Endpoint"), ...errors(404) },
        },
        patch: {
          summary: "Change image, replicas, spec, GPUs or env; re-rendered and re-applied",
          requestBody: body("EndpointUpdate"),
          responses: { "200": ok("Updated"), ...errors(400, 404, 409, 502, 503) },
        },
        delete: {
          summary: "Delete the endpoint and its Deployment",
          responses: { "200": ok("Deleted"), ...errors(404, 502) },
        },
      },
      "/api/v1/endpoints/{name}/manifest": {
        parameters: [nameParam("Endpoint name")],
        get: {
          summary: "The recorded Deployment, for kubectl apply -f",
          responses: { "200": { description: "Deployment YAML", content: { "application/yaml": {} } }, ...errors(404) },
        },
      },
      "/api/v1/health": { get: { summary: "Database and YAML baseline state", responses: { "200": ok("Health") } } },
    },
    components: {
      schemas: {
        SpecInput: schema(specInputSchema),
        SpecUpdate: schema(specUpdateSchema),
        Spec: {
          allOf: [
            ref("SpecInput"),
            {
              type: "object",
              properties: {
                source: { type: "string", enum: ["database", "yaml"] },
                createdAt: { type: "string", format: "date-time" },
                updatedAt: { type: "string", format: "date-time" },
              },
            },
          ],
        },
        EndpointInput: schema(endpointCreateSchema),
        EndpointUpdate: schema(endpointUpdateSchema),
        Error: {
          type: "object",
          required: ["error", "code", "details"],
          properties: {
            error: { type: "string" },
            code: { type: "string", enum: Object.keys(ERROR_STATUS) },
            details: {
              type: "array",
              items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
      },
    },
  };
}
