import type { SpecInput, SpecUpdate } from "./schema";

/**
 * Applies a PUT body to a spec: top-level fields replace, `resources` merges
 * field by field (null clears), `platforms` replaces the whole map. The result
 * is re-validated as a whole by the caller.
 */
export function mergeSpecUpdate(current: SpecInput, patch: SpecUpdate): Record<string, unknown> {
  const resources: Record<string, unknown> = { ...current.resources };
  for (const [key, value] of Object.entries(patch.resources ?? {})) {
    if (value === null) delete resources[key];
    else if (value !== undefined) resources[key] = value;
  }
  return {
    name: current.name,
    displayName: patch.displayName ?? current.displayName,
    category: patch.category ?? current.category,
    resourceType: patch.resourceType ?? current.resourceType,
    status: patch.status ?? current.status,
    resources,
    platforms: patch.platforms ?? current.platforms,
  };
}

/**
 * A PUT body that makes the stored spec equal `spec`: optional resources the
 * spec lacks are sent as null (cleared), since PUT merges resources.
 */
export function asReplacement(spec: SpecInput): Record<string, unknown> {
  const present = Object.fromEntries(Object.entries(spec.resources).filter(([, v]) => v !== undefined));
  return { ...spec, resources: { cpu: null, gpu: null, gpuType: null, shmSize: null, ...present } };
}
