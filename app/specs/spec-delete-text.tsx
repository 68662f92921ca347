import type { Spec } from "@/lib/specs/types";

export function SpecDeleteText({ spec }: { spec: Pick<Spec, "name" | "displayName"> }) {
  return (
    <p>
      <strong>{spec.displayName}</strong> ({spec.name}) will no longer be offered for new endpoints. The row is kept in
      the database with status <code>deleted</code>; the name can be created again later.
    </p>
  );
}
