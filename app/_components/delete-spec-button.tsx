"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteSpecAction } from "@/lib/specs/actions";
import { ConfirmDialog } from "./confirm-dialog";
import { buttonClass } from "./ui";

export function DeleteSpecButton({ name, displayName, variant = "link" }: { name: string; displayName: string; variant?: "link" | "button" }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteSpecAction(name);
      if (!result.ok) return setError(result.error.error);
      setOpen(false);
      router.push(`/specs?deleted=${encodeURIComponent(name)}`);
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        aria-label={`Delete ${name}`}
        className={variant === "link" ? "text-sm font-medium text-red-600 hover:text-red-500 rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-red-600" : buttonClass.danger}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete spec "${name}"?`}
        confirmLabel="Delete"
        busy={busy}
        error={error}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      >
        <p>
          <strong>{displayName}</strong> ({name}) will no longer be offered for new endpoints. The row is kept in
          the database with status <code>deleted</code>; the name can be created again later.
        </p>
      </ConfirmDialog>
    </>
  );
}
