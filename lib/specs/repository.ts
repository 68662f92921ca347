// All Prisma access for resource_specs. Rows of every status are visible here;
// what a "deleted" row means is decided by the SpecManager and the service.
import { db } from "@/lib/db/client";
import { dbCall } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { DELETED, specToColumns, type SpecRow } from "./mapping";
import type { SpecInput } from "./schema";

export const specRepository = {
  all(): Promise<SpecRow[]> {
    return dbCall(() => db().resourceSpec.findMany());
  },

  byName(name: string): Promise<SpecRow | null> {
    return dbCall(() => db().resourceSpec.findUnique({ where: { name } }));
  },

  create(spec: SpecInput, status: string = spec.status): Promise<SpecRow> {
    return dbCall(() => db().resourceSpec.create({ data: { name: spec.name, ...specToColumns(spec, status) } }));
  },

  update(spec: SpecInput): Promise<SpecRow> {
    return dbCall(() => db().resourceSpec.update({ where: { name: spec.name }, data: specToColumns(spec) }));
  },

  /**
   * Re-creates a soft-deleted name in place: waverless's unique index covers
   * deleted rows too, so a second row with that name cannot exist. Guarded on
   * status so a concurrent re-create loses with a conflict, not an overwrite.
   */
  async recreate(spec: SpecInput): Promise<SpecRow> {
    const now = new Date();
    const { count } = await dbCall(() =>
      db().resourceSpec.updateMany({
        where: { name: spec.name, status: DELETED },
        data: { ...specToColumns(spec), createdAt: now, updatedAt: now },
      }),
    );
    const row = count === 1 ? await this.byName(spec.name) : null;
    if (!row) throw new AppError("conflict", `Spec "${spec.name}" was re-created by another request`);
    return row;
  },

  async markDeleted(name: string): Promise<boolean> {
    const { count } = await dbCall(() =>
      db().resourceSpec.updateMany({ where: { name, NOT: { status: DELETED } }, data: { status: DELETED } }),
    );
    return count === 1;
  },
};
