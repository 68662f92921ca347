"use client";
// Delete with confirmation, for specs and endpoints.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteEndpointAction } from "@/lib/endpoints/actions";
import { deleteSpecAction } from "@/lib/specs/actions";
import { ConfirmDialog } from "./confirm-dialog";
import { buttonClass } from "./ui";

const KINDS = {
  spec: {
    action: deleteSpecAction,
    list: "/specs",
    text: (name: string, label?: string) =>
      `${label ? `${label} (${name})` : name} will no longer be offered for new endpoints. The row is kept in the database with status "deleted"; the name can be created again later.`,
  },
  endpoint: {
    action: deleteEndpointAction,
    list: "/endpoints",
    text: (name: string) => `The endpoint ${name} and its Deployment (where a cluster is configured) will be removed.`,
  },
} as const;

// Rows render only this button; the dialog exists while open, which keeps a
// list of hundreds of specs light.
type Props = { kind: keyof typeof KINDS; name: string; label?: string; variant?: "link" | "button" };

export function DeleteButton({ kind, name, label, variant = "link" }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A spec that endpoints use is refused (409); the user may then insist.
  const [inUse, setInUse] = useState(false);
  const [busy, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await KINDS[kind].action(name, inUse);
      if (!result.ok) {
        setInUse(result.error.code === "conflict" && result.error.details.some((d) => d.path === "endpoints"));
        return setError(result.error.error);
      }
      setOpen(false);
      router.push(`${KINDS[kind].list}?deleted=${encodeURIComponent(name)}`);
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        aria-label={`Delete ${name}`}
        className={variant === "link" ? "row-danger" : buttonClass.danger}
        onClick={() => {
          setError(null);
          setInUse(false);
          setOpen(true);
        }}
      >
        Delete
      </button>
      {open && (
        <ConfirmDialog
          open
          title={`Delete ${kind} "${name}"?`}
          confirmLabel={inUse ? "Delete anyway" : "Delete"}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onClose={() => setOpen(false)}
        >
          <p>{KINDS[kind].text(name, label)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
