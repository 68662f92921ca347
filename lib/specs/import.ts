// Copies specs (e.g. from a specs.yaml) into the database: the seed's data
// migration. Idempotent: a spec already stored as given is left alone.
import { isDeepStrictEqual } from "node:util";
import { DELETED, rowToSpec, specToInput } from "./mapping";
import { specRepository } from "./repository";
import type { SpecInput } from "./schema";

export type ImportOutcome = "created" | "updated" | "unchanged";
export type ImportReport = {
  results: { name: string; outcome: ImportOutcome; note?: string }[];
  counts: Record<ImportOutcome, number>;
};

export async function importSpecs(specs: SpecInput[], opts: { dryRun: boolean }): Promise<ImportReport> {
  const report: ImportReport = { results: [], counts: { created: 0, updated: 0, unchanged: 0 } };
  for (const spec of specs) {
    const row = await specRepository.byName(spec.name);
    let outcome: ImportOutcome;
    let note: string | undefined;
    if (!row) {
      outcome = "created";
      if (!opts.dryRun) await specRepository.create(spec);
    } else if (row.status === DELETED) {
      outcome = "created";
      note = "was deleted in the database";
      if (!opts.dryRun) await specRepository.recreate(spec);
    } else if (isDeepStrictEqual(specToInput(rowToSpec(row)), spec)) {
      outcome = "unchanged";
    } else {
      outcome = "updated";
      if (!opts.dryRun) await specRepository.update(spec);
    }
    report.counts[outcome]++;
    report.results.push({ name: spec.name, outcome, ...(note ? { note } : {}) });
  }
  return report;
}
