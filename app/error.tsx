"use client";
// Shown when a page fails; the server logs the detail, the page never shows it.
import { buttonClass } from "./_components/ui";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-slate-500">
        The page could not be loaded. If the database is down, specs from the YAML baseline are still listed on the
        Specs page.
      </p>
      <button type="button" onClick={reset} className={`${buttonClass.primary} mt-6`}>
        Try again
      </button>
    </div>
  );
}
