import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getSpecOrThrow } from "@/lib/specs/service";

/** The spec for a page, or the 404 page. */
export async function loadSpecOr404(name: string) {
  try {
    return await getSpecOrThrow(decodeURIComponent(name));
  } catch (e) {
    if (AppError.is(e) && e.code === "not_found") notFound();
    throw e;
  }
}
