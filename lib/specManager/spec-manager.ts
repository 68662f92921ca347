// The one answer to "which specs exist and what is spec X".
// The YAML file is the baseline, the database an overlay: a database row of the
// same name, whatever its status, replaces the YAML entry, and a deleted row
// hides it (never resurrected from YAML). With the database unreachable the
// YAML baseline is served, marked source "yaml", and `degraded` says so.
import { isDatabaseUnavailable } from "@/lib/errors";
import { DELETED, rowToSpec, type SpecRow } from "@/lib/specs/mapping";
import type { SpecCategory } from "@/lib/specs/schema";
import type { Spec } from "@/lib/specs/types";
import type { YamlSpecSource } from "./yaml-source";

export type SpecRows = {
  all(): Promise<SpecRow[]>;
  byName(name: string): Promise<SpecRow | null>;
};

export type SpecList = { specs: Spec[]; degraded: boolean };
export type SpecLookup = { spec: Spec | null; degraded: boolean };

export function compareSpecs(a: Spec, b: Spec): number {
  return a.category.localeCompare(b.category) || a.name.localeCompare(b.name);
}

export class SpecManager {
  constructor(
    private readonly yaml: YamlSpecSource,
    private readonly rows: SpecRows,
  ) {}

  yamlSnapshot() {
    return this.yaml.current();
  }

  /** The YAML baseline's entry for `name`, ignoring the database. */
  yamlSpec(name: string): Spec | null {
    return this.yaml.current().specs.get(name) ?? null;
  }

  async list(filter: { category?: SpecCategory } = {}): Promise<SpecList> {
    const merged = new Map(this.yaml.current().specs);
    let degraded = false;
    try {
      for (const row of await this.rows.all()) {
        if (row.status === DELETED) merged.delete(row.name);
        else merged.set(row.name, rowToSpec(row));
      }
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      degraded = true;
    }
    const specs = [...merged.values()]
      .filter((s) => !filter.category || s.category === filter.category)
      .sort(compareSpecs);
    return { specs, degraded };
  }

  /**
   * One spec. During an outage a name the YAML baseline does not have cannot be
   * answered either way, so that is an error (503), not a silent "not found".
   */
  async get(name: string): Promise<SpecLookup> {
    try {
      const row = await this.rows.byName(name);
      if (row) return { spec: row.status === DELETED ? null : rowToSpec(row), degraded: false };
      return { spec: this.yamlSpec(name), degraded: false };
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      const spec = this.yamlSpec(name);
      if (!spec) throw e;
      return { spec, degraded: true };
    }
  }
}
