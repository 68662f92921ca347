"use client";
// Delete with confirmation, for specs and endpoints.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteEndpointAction } from "@/lib/endpoints/actions";
import { deleteSpecAction } from "@/lib/specs/actions";
import { ConfirmDialog } from "./confirm-dialog";
import { buttonClass } from "./ui";

const KINDS = {
  spec: { action: deleteSpecAction, list: "/specs" },
  endpoint: { action: deleteEndpointAction, list: "/endpoints" },
} as const;

type Props = { kind: keyof typeof KINDS; name: string; children: React.ReactNode; variant?: "link" | "button" };

export function DeleteButton({ kind, name, children, variant = "link" }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await KINDS[kind].action(name);
      if (!result.ok) return setError(result.error.error);
      setOpen(false);
      router.push(`${KINDS[kind].list}?deleted=${encodeURIComponent(name)}`);
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        aria-label={`Delete ${name}`}
        className={variant === "link" ? "rounded text-sm font-medium text-red-600 hover:text-red-500 focus-visible:outline focus-visible:outline-2 focus-visible:outline-red-600" : buttonClass.danger}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete
      </button>
      <ConfirmDialog open={open} title={`Delete ${kind} "${name}"?`} confirmLabel="Delete" busy={busy} error={error} onConfirm={confirm} onClose={() => setOpen(false)}>
        {children}
      </ConfirmDialog>
    </>
  );
}
