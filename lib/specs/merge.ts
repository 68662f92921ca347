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
