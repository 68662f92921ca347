// resource_specs rows <-> Spec. Rows may have been written by waverless, so
// reading is tolerant (nulls, missing platform keys), writing is exact.
import type { Platforms, SpecInput } from "./schema";
import type { Spec } from "./types";

export type SpecRow = {
  name: string;
  displayName: string;
  category: string;
  cpu: string | null;
  memory: string;
  gpu: string | null;
  gpuType: string | null;
  ephemeralStorage: string;
  platforms: unknown;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  resourceType: string | null;
  shmSize: string | null;
};

export const DELETED = "deleted";

const asMap = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {});

/** Platforms as stored, in the API's shape; malformed parts (never validated by waverless) become empty. */
function normalizePlatforms(value: unknown): Platforms {
  const out: Platforms = {};
  for (const [name, raw] of Object.entries(asMap(value))) {
    const p = asMap(raw) as Record<string, unknown>;
    out[name] = {
      nodeSelector: asMap(p.nodeSelector),
      tolerations: Array.isArray(p.tolerations) ? (p.tolerations as Platforms[string]["tolerations"]) : [],
      labels: asMap(p.labels),
      annotations: asMap(p.annotations),
    };
  }
  return out;
}

/** Drops undefined/null/"" values so absent optional fields are omitted. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== "")) as T;
}

export function rowToSpec(row: SpecRow): Spec {
  return {
    name: row.name,
    displayName: row.displayName,
    category: row.category as Spec["category"],
    resourceType: (row.resourceType || "serverless") as Spec["resourceType"],
    resources: compact({
      cpu: row.cpu,
      memory: row.memory,
      gpu: row.gpu,
      gpuType: row.gpuType,
      ephemeralStorage: row.ephemeralStorage,
      shmSize: row.shmSize,
    }) as Spec["resources"],
    platforms: normalizePlatforms(row.platforms),
    status: row.status as Spec["status"],
    source: "database",
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Column values for a validated spec; `status` may be "deleted" for tombstones. */
export function specToColumns(spec: SpecInput, status: string = spec.status) {
  const r = spec.resources;
  return {
    displayName: spec.displayName,
    category: spec.category,
    cpu: r.cpu ?? null,
    memory: r.memory,
    gpu: r.gpu ?? null,
    gpuType: r.gpuType ?? null,
    ephemeralStorage: r.ephemeralStorage,
    shmSize: r.shmSize ?? null,
    platforms: spec.platforms,
    resourceType: spec.resourceType,
    status,
  };
}

/** The fields a client may send, without source or timestamps. */
export function specToInput(spec: Spec): SpecInput {
  const { source: _s, createdAt: _c, updatedAt: _u, ...input } = spec;
  return input;
}
