// Endpoints: resolve the spec through the SpecManager (so a spec created a
// moment ago, by any process, is usable), render, apply through the
// configured provider, and record.
import yaml from "js-yaml";
import type { z } from "zod";
import { appEnv } from "@/lib/config/env";
import { AppError, parseOrThrow, zodDetails, type ErrorDetail } from "@/lib/errors";
import { specToInput } from "@/lib/specs/mapping";
import { specInputSchema } from "@/lib/specs/schema";
import { specManager } from "@/lib/specManager";
import type { Spec } from "@/lib/specs/types";
import { deploymentProvider } from "./providers";
import { renderDeployment, type Rendered } from "./render";
import type { DeploymentProvider } from "./providers/types";
import { endpointRepository, type EndpointRecord, type EndpointRow } from "./repository";
import { endpointCreateSchema, endpointUpdateSchema, type EndpointInput } from "./schema";
import type { Endpoint } from "./types";

const parse = <T extends z.ZodType>(schema: T, body: unknown) => parseOrThrow(schema, body, "Invalid endpoint");

const notFound = (name: string) => new AppError("not_found", `Endpoint "${name}" not found`);
const fieldError = (path: string, message: string, summary: string) =>
  new AppError("validation_failed", summary, [{ path, message }]);

/**
 * Why a stored spec cannot be rendered. Rows written by waverless were never
 * validated (e.g. memory "4GB"), so specs are checked again before use.
 */
function specProblems(spec: Spec): ErrorDetail[] {
  const result = specInputSchema.safeParse(specToInput(spec));
  return result.success ? [] : zodDetails(result.error);
}

/** The spec an endpoint may deploy, the rendered Deployment and any warnings. */
async function prepare(input: EndpointInput): Promise<{ spec: Spec; rendered: Rendered; warnings: string[] }> {
  const { spec } = await specManager().get(input.specName);
  if (!spec)
    throw fieldError(
      "specName",
      `spec "${input.specName}" does not exist or was deleted`,
      `Invalid endpoint: spec "${input.specName}" not found`,
    );
  if (spec.status === "inactive") {
    throw new AppError("not_deployable", `Spec "${spec.name}" is inactive and cannot be deployed`, [
      { path: "specName", message: "spec is inactive" },
    ]);
  }
  const problems = specProblems(spec);
  if (problems.length > 0) {
    throw new AppError(
      "not_deployable",
      `Spec "${spec.name}" has invalid settings (${problems[0]!.path} ${problems[0]!.message}); fix the spec first`,
      problems.map((d) => ({ path: `spec.${d.path}`, message: d.message })),
    );
  }
  if (input.gpuCount !== undefined) {
    if (spec.category !== "gpu")
      throw fieldError(
        "gpuCount",
        "only GPU specs take a gpuCount",
        "Invalid endpoint: gpuCount is only for GPU specs",
      );
    if (input.gpuCount > Number(spec.resources.gpu)) {
      throw fieldError(
        "gpuCount",
        `must be at most ${spec.resources.gpu} (the spec's gpu)`,
        `Invalid endpoint: gpuCount exceeds spec "${spec.name}"'s ${spec.resources.gpu} GPU(s)`,
      );
    }
  }
  const warnings =
    spec.status === "deprecated"
      ? [`Spec "${spec.name}" is deprecated; consider moving this endpoint to another spec`]
      : [];
  const env = appEnv();
  const rendered = renderDeployment(spec, input, {
    platform: env.k8sPlatform,
    namespace: env.endpointProvider === "kubernetes" ? env.k8sNamespace : undefined,
  });
  return { spec, rendered, warnings };
}

/** What is stored for an endpoint just applied through `provider`. */
function toRecord(input: EndpointInput, rendered: Rendered, provider: DeploymentProvider): EndpointRecord {
  return {
    input,
    platform: rendered.platform,
    specHash: rendered.specHash,
    manifestYaml: manifestYaml(rendered),
    provider: provider.name,
    status: provider.appliedState,
  };
}

export const manifestYaml = (r: Rendered) => yaml.dump(r.manifest, { noRefs: true, lineWidth: -1 });

function rowToInput(row: EndpointRow): EndpointInput {
  return {
    endpoint: row.name,
    specName: row.specName,
    image: row.image,
    replicas: row.replicas,
    ...(row.gpuCount !== null ? { gpuCount: row.gpuCount } : {}),
    env: (row.env ?? {}) as Record<string, string>,
    ...(row.shmSize ? { shmSize: row.shmSize } : {}),
    labels: (row.labels ?? {}) as Record<string, string>,
    annotations: (row.annotations ?? {}) as Record<string, string>,
  };
}

/** Compares what the spec renders now with what was deployed. */
function specDrift(row: EndpointRow, spec: Spec | undefined): { specChanged: boolean; specStatus: string } {
  if (!spec) return { specChanged: true, specStatus: "missing" };
  if (specProblems(spec).length > 0) return { specChanged: true, specStatus: "invalid" };
  const now = renderDeployment(spec, rowToInput(row), { platform: appEnv().k8sPlatform });
  return { specChanged: now.specHash !== row.specHash, specStatus: spec.status };
}

function toView(row: EndpointRow, spec: Spec | undefined, status: Endpoint["status"]): Endpoint {
  const input = rowToInput(row);
  const { endpoint: name, ...rest } = input;
  return {
    name,
    ...rest,
    platform: row.platform,
    provider: row.provider,
    status,
    specHash: row.specHash,
    ...specDrift(row, spec),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const storedStatus = (row: EndpointRow): Endpoint["status"] => ({
  state: row.status === "recorded" ? "recorded" : "unknown",
  message:
    row.statusMessage ??
    (row.status === "recorded"
      ? "Recorded only; apply the manifest with kubectl apply -f"
      : `Applied through ${row.provider}`),
});

export async function previewEndpoint(body: unknown): Promise<string> {
  const { rendered } = await prepare(parse(endpointCreateSchema, body));
  return manifestYaml(rendered);
}

export async function createEndpoint(body: unknown): Promise<Endpoint> {
  const input = parse(endpointCreateSchema, body);
  if (await endpointRepository.byName(input.endpoint)) {
    throw new AppError("conflict", `Endpoint "${input.endpoint}" already exists`, [
      { path: "endpoint", message: "is already taken" },
    ]);
  }
  const { spec, rendered, warnings } = await prepare(input);
  const provider = deploymentProvider();
  await provider.apply(rendered.manifest);
  try {
    const row = await endpointRepository.create(toRecord(input, rendered, provider));
    return { ...toView(row, spec, await provider.status(row.name)), manifest: rendered.manifest, warnings };
  } catch (e) {
    // Keep the cluster and the records in step: undo the apply we cannot record.
    if (provider.name !== "record") await provider.delete(input.endpoint).catch(() => undefined);
    if (AppError.is(e) && e.code === "conflict") {
      throw new AppError("conflict", `Endpoint "${input.endpoint}" already exists`, [
        { path: "endpoint", message: "is already taken" },
      ]);
    }
    throw e;
  }
}

export async function listEndpoints(): Promise<Endpoint[]> {
  const [rows, { specs }] = await Promise.all([endpointRepository.list(), specManager().list()]);
  const byName = new Map(specs.map((s) => [s.name, s]));
  return rows.map((row) => toView(row, byName.get(row.specName), storedStatus(row)));
}

export async function listEndpointsForSpec(specName: string): Promise<Endpoint[]> {
  return (await listEndpoints()).filter((e) => e.specName === specName);
}

export async function getEndpointOrThrow(name: string): Promise<Endpoint> {
  const row = await endpointRepository.byName(name);
  if (!row) throw notFound(name);
  const { spec } = await specManager().get(row.specName);
  const status = await deploymentProvider().status(name);
  return { ...toView(row, spec ?? undefined, status), manifest: yaml.load(row.manifest) as Endpoint["manifest"] };
}

/** What the endpoint was created or last updated with (the edit form's values). */
export async function getEndpointInput(name: string): Promise<EndpointInput> {
  const row = await endpointRepository.byName(name);
  if (!row) throw notFound(name);
  return rowToInput(row);
}

/** Specs an endpoint may use (active or deprecated), with what the picker shows. */
export async function deployableSpecs() {
  const { specs } = await specManager().list();
  return specs
    .filter((s) => s.status === "active" || s.status === "deprecated")
    .map(({ name, displayName, category, status, resources }) => ({ name, displayName, category, status, resources }));
}

export async function getEndpointManifestYaml(name: string): Promise<string> {
  const row = await endpointRepository.byName(name);
  if (!row) throw notFound(name);
  return row.manifest;
}

export async function updateEndpoint(name: string, body: unknown): Promise<Endpoint> {
  const patch = parse(endpointUpdateSchema, body);
  const row = await endpointRepository.byName(name);
  if (!row) throw notFound(name);
  const current = rowToInput(row);
  const { gpuCount, ...rest } = patch;
  const input: EndpointInput = {
    ...current,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
  };
  if (gpuCount === null) delete input.gpuCount;
  else if (gpuCount !== undefined) input.gpuCount = gpuCount;
  const { spec, rendered, warnings } = await prepare(input);
  const provider = deploymentProvider();
  await provider.apply(rendered.manifest);
  const saved = await endpointRepository.update(toRecord(input, rendered, provider));
  return { ...toView(saved, spec, await provider.status(name)), manifest: rendered.manifest, warnings };
}

export async function deleteEndpoint(name: string): Promise<void> {
  if (!(await endpointRepository.byName(name))) throw notFound(name);
  await deploymentProvider().delete(name);
  await endpointRepository.delete(name);
}
