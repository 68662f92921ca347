"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/ui";
import { reapplyEndpointAction } from "@/lib/endpoints/actions";

/** Rolls an endpoint forward to its spec's current settings. */
export function ReapplyButton({ name }: { name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className={buttonClass.primary}
        disabled={busy}
        onClick={() =>
          startTransition(async () => {
            const result = await reapplyEndpointAction(name);
            if (!result.ok) return setError(result.error.error);
            setError(null);
            router.refresh();
          })
        }
      >
        {busy ? "Re-applying…" : "Re-apply with current spec"}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
