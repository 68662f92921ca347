// What a spec gives an endpoint's pod. Browser-safe: the console shows it
// before anything is deployed.
import { ephemeralStorageQuantity, multiplyQuantity } from "@/lib/k8s/syntax";
import type { PlatformSettings, Resources } from "@/lib/specs/schema";
import type { Spec } from "@/lib/specs/types";

/** Exact key, else `generic`, else the only entry, else none. */
export function resolvePlatform(
  platforms: Spec["platforms"],
  platform: string,
): { name: string; settings: PlatformSettings } | null {
  const names = Object.keys(platforms);
  const name = platforms[platform] ? platform : platforms.generic ? "generic" : names.length === 1 ? names[0]! : null;
  return name ? { name, settings: platforms[name]! } : null;
}

/** Container resources (requests = limits). For GPU specs cpu and memory are per GPU. */
export function containerResources(
  spec: { category: string; resources: Resources },
  gpuCount = 1,
): Record<string, string> {
  const r = spec.resources;
  const n = spec.category === "gpu" ? gpuCount : 1;
  const out: Record<string, string> = {};
  if (r.cpu) out.cpu = multiplyQuantity(r.cpu, n);
  out.memory = multiplyQuantity(r.memory, n);
  out["ephemeral-storage"] = ephemeralStorageQuantity(r.ephemeralStorage);
  if (spec.category === "gpu") out["nvidia.com/gpu"] = String(n);
  return out;
}
