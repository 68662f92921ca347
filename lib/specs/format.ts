// How specs read in the console. Browser-safe.
import { ephemeralStorageQuantity, toGiB } from "@/lib/k8s/syntax";
import type { Resources } from "./schema";
import type { Spec } from "./types";

export function gpuLabel(r: Pick<Resources, "gpu" | "gpuType">): string {
  return r.gpu && Number(r.gpu) > 0 ? `${r.gpu} × ${r.gpuType ?? "GPU"}` : "—";
}

/** "300" (GiB by convention) and "300Gi" both read "300 GiB"; "500G" reads "465.7 GiB". */
export function storageGiB(value: string | undefined): string {
  if (!value) return "—";
  const gib = toGiB(ephemeralStorageQuantity(value));
  return Number.isFinite(gib) ? `${Math.round(gib * 10) / 10} GiB` : value;
}

export function cpuLabel(cpu: string | undefined): string {
  if (!cpu) return "—";
  if (cpu.endsWith("m")) return `${Number(cpu.slice(0, -1)) / 1000} cores`;
  return `${cpu} ${cpu === "1" ? "core" : "cores"}`;
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC";
}

/** One list row, formatted on the server so the client receives only text. */
export function specRow(s: Spec) {
  return {
    name: s.name,
    displayName: s.displayName,
    category: s.category.toUpperCase(),
    resourceType: s.resourceType,
    gpu: gpuLabel(s.resources),
    cpu: cpuLabel(s.resources.cpu),
    memory: s.resources.memory,
    storage: storageGiB(s.resources.ephemeralStorage),
    shm: s.resources.shmSize ?? "—",
    status: s.status,
    source: s.source,
    platforms: Object.keys(s.platforms).join(", ") || "—",
    updated: s.updatedAt ? formatDate(s.updatedAt) : "from YAML",
  };
}

export type SpecRowView = ReturnType<typeof specRow>;
