// The platforms map as editable rows, and back. Browser-safe. Round trips are
// lossless for every valid map (fields the rows do not show, such as
// tolerationSeconds, ride along on the row).
import yaml from "js-yaml";
import { platformsSchema, type Platforms, type Toleration } from "./schema";

export type KeyValueRow = { id: string; key: string; value: string };
export type TolerationRow = {
  id: string;
  key: string;
  operator: "Equal" | "Exists";
  value: string;
  effect: "" | NonNullable<Toleration["effect"]>;
  tolerationSeconds?: number;
};
export type PlatformDraft = {
  id: string;
  name: string;
  nodeSelector: KeyValueRow[];
  labels: KeyValueRow[];
  annotations: KeyValueRow[];
  tolerations: TolerationRow[];
};
export type MapSection = "nodeSelector" | "labels" | "annotations";

let counter = 0;
export const rowId = () => `r${++counter}`;

const rows = (map: Record<string, string> | undefined): KeyValueRow[] =>
  Object.entries(map ?? {}).map(([key, value]) => ({ id: rowId(), key, value }));

export function emptyPlatform(name = ""): PlatformDraft {
  return { id: rowId(), name, nodeSelector: [], labels: [], annotations: [], tolerations: [] };
}

export function platformsToDraft(platforms: Platforms): PlatformDraft[] {
  return Object.entries(platforms).map(([name, p]) => ({
    id: rowId(),
    name,
    nodeSelector: rows(p.nodeSelector),
    labels: rows(p.labels),
    annotations: rows(p.annotations),
    tolerations: (p.tolerations ?? []).map((t) => ({
      id: rowId(),
      key: t.key ?? "",
      operator: t.operator ?? "Equal",
      value: t.value ?? "",
      effect: t.effect ?? "",
      ...(t.tolerationSeconds !== undefined ? { tolerationSeconds: t.tolerationSeconds } : {}),
    })),
  }));
}

const toMap = (list: KeyValueRow[]) =>
  Object.fromEntries(list.filter((r) => r.key !== "" || r.value !== "").map((r) => [r.key, r.value]));

/** The map the API takes (unvalidated: blank rows dropped, nothing else changed). */
export function draftToPlatforms(draft: PlatformDraft[]): Record<string, unknown> {
  return Object.fromEntries(
    draft.map((p) => [
      p.name,
      {
        nodeSelector: toMap(p.nodeSelector),
        tolerations: p.tolerations.map((t) => ({
          ...(t.key ? { key: t.key } : {}),
          operator: t.operator,
          ...(t.value ? { value: t.value } : {}),
          ...(t.effect ? { effect: t.effect } : {}),
          ...(t.tolerationSeconds !== undefined ? { tolerationSeconds: t.tolerationSeconds } : {}),
        })),
        labels: toMap(p.labels),
        annotations: toMap(p.annotations),
      },
    ]),
  );
}

/** Problems the map form would hide: duplicate names and keys collapse silently. */
export function draftDuplicates(draft: PlatformDraft[]): string[] {
  const problems: string[] = [];
  const names = draft.map((p) => p.name);
  names.forEach((n, i) => {
    if (n === "") problems.push("A platform needs a name");
    else if (names.indexOf(n) !== i) problems.push(`Platform "${n}" is listed twice`);
  });
  for (const p of draft) {
    for (const section of ["nodeSelector", "labels", "annotations"] as const) {
      const keys = p[section].filter((r) => r.key || r.value).map((r) => r.key);
      keys.forEach((k, i) => {
        if (keys.indexOf(k) !== i) problems.push(`${p.name || "platform"} ${section}: key "${k}" is listed twice`);
      });
    }
  }
  return [...new Set(problems)];
}

export function platformsToYaml(platforms: Record<string, unknown>): string {
  return Object.keys(platforms).length === 0 ? "{}\n" : yaml.dump(platforms, { noRefs: true, lineWidth: -1 });
}

export type YamlParse = { ok: true; platforms: Platforms } | { ok: false; errors: string[] };

/** Parses the YAML tab: syntax errors with their line, then the shared schema's rules. */
export function parsePlatformsYaml(text: string): YamlParse {
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
    return {
      ok: false,
      errors: [
        `YAML syntax: ${err.reason ?? err.message}${err.mark ? ` (line ${err.mark.line + 1}, column ${err.mark.column + 1})` : ""}`,
      ],
    };
  }
  const result = platformsSchema.safeParse(doc ?? {});
  if (result.success) return { ok: true, platforms: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (i) =>
        `${i.path.length ? `${i.path.join(" › ")}: ` : ""}${i.code === "unrecognized_keys" ? `unknown field ${i.keys.map((k) => `"${k}"`).join(", ")}` : i.message}`,
    ),
  };
}
