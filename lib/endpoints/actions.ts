"use server";
// Server actions for the console's endpoint pages; same service as the API.
import { toAppError, type ErrorBody } from "@/lib/errors";
import { createEndpoint, deleteEndpoint, previewEndpoint, updateEndpoint } from "./service";

export type EndpointActionResult = { ok: true; name: string } | { ok: false; error: ErrorBody };
export type PreviewResult = { ok: true; yaml: string } | { ok: false; error: ErrorBody };

export async function createEndpointAction(input: unknown): Promise<EndpointActionResult> {
  try {
    return { ok: true, name: (await createEndpoint(input)).name };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}

export async function previewEndpointAction(input: unknown): Promise<PreviewResult> {
  try {
    return { ok: true, yaml: await previewEndpoint(input) };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}

export async function deleteEndpointAction(name: string): Promise<EndpointActionResult> {
  try {
    await deleteEndpoint(name);
    return { ok: true, name };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}

/** Re-renders the endpoint from its spec as it is now and applies it again. */
export async function reapplyEndpointAction(name: string): Promise<EndpointActionResult> {
  try {
    return { ok: true, name: (await updateEndpoint(name, {})).name };
  } catch (e) {
    return { ok: false, error: toAppError(e).toBody() };
  }
}
