// The console's list query (?category=&q=), parsed leniently: a bad value
// shows everything rather than an error page.
import type { Spec } from "./types";

export type ListQuery = { category?: "cpu" | "gpu"; q: string };

export function parseListQuery(params: Record<string, string | string[] | undefined>): ListQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const category = one(params.category).toLowerCase();
  return { category: category === "cpu" || category === "gpu" ? category : undefined, q: one(params.q).trim() };
}

export function matchesSearch(spec: Spec, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return spec.name.toLowerCase().includes(needle) || spec.displayName.toLowerCase().includes(needle);
}

export function listHref(query: ListQuery, change: Partial<ListQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  if (merged.category) params.set("category", merged.category);
  if (merged.q) params.set("q", merged.q);
  const s = params.toString();
  return s ? `/specs?${s}` : "/specs";
}
