"use server";
// Server actions: the console's door into the same service functions the REST
// API uses. They return a result instead of throwing so forms can show errors.
import { toAppError, type ErrorBody } from "@/lib/errors";
import { createSpec, deleteSpec, updateSpec } from "./service";

export type ActionResult = { ok: true; name: string } | { ok: false; error: ErrorBody };

async function attempt(fn: () => Promise<string>): Promise<ActionResult> {
  try {
    return { ok: true, name: await fn() };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}

export async function createSpecAction(input: unknown): Promise<ActionResult> {
  return attempt(async () => (await createSpec(input)).name);
}

export async function updateSpecAction(name: string, input: unknown): Promise<ActionResult> {
  return attempt(async () => (await updateSpec(name, input)).name);
}

export async function deleteSpecAction(name: string, force = false): Promise<ActionResult> {
  return attempt(async () => {
    await deleteSpec(name, { force });
    return name;
  });
}
