import "server-only";
import { notFound } from "next/navigation";
import { specManager } from "@/lib/specManager";

/** The spec for a page, or the 404 page. */
export async function loadSpecOr404(name: string) {
  const { spec, degraded } = await specManager().get(decodeURIComponent(name));
  if (!spec) notFound();
  return { spec, degraded };
}
