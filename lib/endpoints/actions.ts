"use server";
// Server actions for the console's endpoint pages; same service as the API.
// They return a result instead of throwing so forms can show errors.
import { toAppError, type ErrorBody } from "@/lib/errors";
import { createEndpoint, deleteEndpoint, previewEndpoint, updateEndpoint } from "./service";

type Result<T> = ({ ok: true } & T) | { ok: false; error: ErrorBody };
export type EndpointActionResult = Result<{ name: string }>;
export type PreviewResult = Result<{ yaml: string }>;

async function attempt<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, ...(await fn()) };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}

export async function createEndpointAction(input: unknown): Promise<EndpointActionResult> {
  return attempt(async () => ({ name: (await createEndpoint(input)).name }));
}

export async function previewEndpointAction(input: unknown): Promise<PreviewResult> {
  return attempt(async () => ({ yaml: await previewEndpoint(input) }));
}

export async function updateEndpointAction(name: string, input: unknown): Promise<EndpointActionResult> {
  return attempt(async () => ({ name: (await updateEndpoint(name, input)).name }));
}

/** Re-renders the endpoint from its spec as it is now and applies it again. */
export async function reapplyEndpointAction(name: string): Promise<EndpointActionResult> {
  return attempt(async () => ({ name: (await updateEndpoint(name, {})).name }));
}

export async function deleteEndpointAction(name: string): Promise<EndpointActionResult> {
  return attempt(async () => {
    await deleteEndpoint(name);
    return { name };
  });
}
