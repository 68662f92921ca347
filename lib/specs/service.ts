// The spec service: every read and write of specs goes through here (API and
// console alike). Later: revisions, optimistic concurrency, access control.
import { endpointRepository } from "@/lib/endpoints/repository";
import { AppError, parseOrThrow as parse } from "@/lib/errors";
import { specManager, type SpecList } from "@/lib/specManager";
import { DELETED, rowToSpec, specToInput } from "./mapping";
import { mergeSpecUpdate } from "./merge";
import { specRepository } from "./repository";
import { categoryFilterSchema, specInputSchema, specUpdateSchema, type SpecInput } from "./schema";
import type { Spec } from "./types";

const notFound = (name: string) => new AppError("not_found", `Spec "${name}" not found`);
const nameTaken = (name: string) =>
  new AppError("conflict", `Spec "${name}" already exists`, [{ path: "name", message: "is already taken" }]);

export async function listSpecs(query: { category?: string | null } = {}): Promise<SpecList> {
  const category = categoryFilterSchema.safeParse(query.category ?? undefined);
  if (!category.success) {
    throw new AppError("invalid_query", `Invalid category "${query.category}": expected cpu or gpu`, [
      { path: "category", message: "must be cpu or gpu" },
    ]);
  }
  return specManager().list({ category: category.data });
}

export async function getSpecOrThrow(name: string): Promise<{ spec: Spec; degraded: boolean }> {
  const { spec, degraded } = await specManager().get(name);
  if (!spec) throw notFound(name);
  return { spec, degraded };
}

async function insert(input: SpecInput): Promise<Spec> {
  const existing = await specRepository.byName(input.name);
  if (existing && existing.status !== DELETED) throw nameTaken(input.name);
  try {
    // A soft-deleted name is re-created in place (the unique index covers it).
    return rowToSpec(existing ? await specRepository.recreate(input) : await specRepository.create(input));
  } catch (e) {
    throw AppError.is(e) && e.code === "conflict" ? nameTaken(input.name) : e;
  }
}

/** Creates a spec. A name only the YAML baseline has is created in the database and takes over. */
export async function createSpec(body: unknown): Promise<Spec> {
  return insert(parse(specInputSchema, body));
}

export async function updateSpec(name: string, body: unknown): Promise<Spec> {
  const patch = parse(specUpdateSchema, body);
  if (patch.name !== undefined && patch.name !== name) {
    throw new AppError("validation_failed", "Invalid spec: name cannot be changed", [
      { path: "name", message: `cannot change (spec is "${name}")` },
    ]);
  }
  const row = await specRepository.byName(name);
  if (row?.status === DELETED) throw notFound(name);
  const current = row ? rowToSpec(row) : specManager().yamlSpec(name);
  if (!current) throw notFound(name);
  const merged = parse(specInputSchema, mergeSpecUpdate(specToInput(current), patch));
  // Updating a YAML-only spec stores it in the database as an override.
  return rowToSpec(row ? await specRepository.update(merged) : await specRepository.create(merged));
}

/** Soft-deletes a spec; refused (409) while endpoints use it, unless forced. */
export async function deleteSpec(name: string, opts: { force?: boolean } = {}): Promise<void> {
  const row = await specRepository.byName(name);
  const yamlSpec = row ? null : specManager().yamlSpec(name);
  if (row?.status === DELETED || (!row && !yamlSpec)) throw notFound(name);
  if (!opts.force) {
    const users = await endpointRepository.namesUsingSpec(name);
    if (users.length > 0) {
      throw new AppError(
        "conflict",
        `Spec "${name}" is used by endpoints: ${users.join(", ")}. Move or delete them first, or force the deletion (API: ?force=true)`,
        [{ path: "endpoints", message: users.join(", ") }],
      );
    }
  }
  if (row) {
    // Guarded on status: of two concurrent deletes, the second finds nothing.
    if (!(await specRepository.markDeleted(name))) throw notFound(name);
    return;
  }
  try {
    // A tombstone row keeps the YAML entry hidden from now on.
    await specRepository.create(specToInput(yamlSpec!), DELETED);
  } catch (e) {
    throw AppError.is(e) && e.code === "conflict" ? notFound(name) : e;
  }
}
