// The YAML baseline (config/specs.yaml), re-read whenever the file changes.
// A stat per read is microseconds and, unlike fs.watch, sees editors that
// replace the file by rename and works on every filesystem.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { zodDetails } from "@/lib/errors";
import { specInputSchema } from "@/lib/specs/schema";
import type { Spec } from "@/lib/specs/types";

export type YamlSnapshot = {
  file: string;
  specs: Map<string, Spec>;
  /** Why the file or an entry was not taken, one line each. */
  warnings: string[];
  loadedAt: Date | null;
};

export type ParsedSpecsFile = { specs: Spec[]; warnings: string[] };

/** Parses a specs.yaml text; throws only when the file as a whole does not parse. */
export function parseSpecsYaml(text: string, label: string): ParsedSpecsFile {
  const doc = yaml.load(text) as unknown;
  if (doc === undefined || doc === null) return { specs: [], warnings: [] };
  const list = (doc as { specs?: unknown }).specs;
  if (typeof doc !== "object" || !Array.isArray(list)) {
    throw new Error(`${label}: expected a top-level "specs:" list`);
  }
  const specs: Spec[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const name = (entry as { name?: unknown })?.name;
    const where = `${label}: entry ${i + 1}${typeof name === "string" ? ` ("${name}")` : ""}`;
    const parsed = specInputSchema.safeParse(entry);
    if (!parsed.success) {
      const d = zodDetails(parsed.error)[0]!;
      warnings.push(`${where} skipped: ${d.path || "entry"} ${d.message}`);
    } else if (seen.has(parsed.data.name)) {
      warnings.push(`${where} skipped: duplicate name (an earlier entry has it)`);
    } else {
      seen.add(parsed.data.name);
      specs.push({ ...parsed.data, source: "yaml" });
    }
  });
  return { specs, warnings };
}

export class YamlSpecSource {
  private fingerprint = "";
  private snapshot: YamlSnapshot;

  constructor(readonly file: string) {
    this.snapshot = { file, specs: new Map(), warnings: [], loadedAt: null };
  }

  current(): YamlSnapshot {
    const label = path.relative(process.cwd(), this.file) || this.file;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch {
      if (this.fingerprint !== "missing") {
        this.fingerprint = "missing";
        const warning = `${label}: file not found; the YAML baseline is empty`;
        console.warn(warning);
        this.snapshot = { file: this.file, specs: new Map(), warnings: [warning], loadedAt: new Date() };
      }
      return this.snapshot;
    }
    const fingerprint = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (fingerprint === this.fingerprint) return this.snapshot;
    this.fingerprint = fingerprint;
    try {
      const { specs, warnings } = parseSpecsYaml(fs.readFileSync(this.file, "utf8"), label);
      warnings.forEach((w) => console.warn(w));
      this.snapshot = {
        file: this.file,
        specs: new Map(specs.map((s) => [s.name, s])),
        warnings,
        loadedAt: new Date(),
      };
      console.info(`${label}: loaded ${specs.length} spec(s)${warnings.length ? `, skipped ${warnings.length}` : ""}`);
    } catch (e) {
      const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
      const warning = `${label}: does not parse, keeping the last good copy (${this.snapshot.specs.size} spec(s)): ${reason}`;
      console.warn(warning);
      this.snapshot = { ...this.snapshot, warnings: [warning] };
    }
    return this.snapshot;
  }
}
