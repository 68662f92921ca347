// Applies Deployments to a cluster with server-side apply under a named field
// manager. Credentials from KUBECONFIG, ~/.kube/config or the in-cluster
// service account (KubeConfig.loadFromDefault).
import * as k8s from "@kubernetes/client-node";
import { AppError } from "@/lib/errors";
import type { Deployment } from "../render";
import type { DeploymentProvider, DeploymentStatus } from "./types";

export const FIELD_MANAGER = "waverless-specs";

type ApiError = { code?: number; body?: unknown; message?: string };

function providerError(action: string, e: unknown): AppError {
  const err = e as ApiError;
  let detail = err.message ?? String(e);
  const body = typeof err.body === "string" ? safeJson(err.body) : err.body;
  if (body && typeof body === "object" && "message" in body) detail = String((body as { message: unknown }).message);
  return new AppError(
    "provider_failed",
    `Kubernetes ${action} failed${err.code ? ` (${err.code})` : ""}: ${detail}`.slice(0, 1000),
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isNotFound = (e: unknown) => (e as ApiError).code === 404;

/** A cluster that does not answer must not hang the request that asked it. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the API server did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function kubernetesProvider(
  namespace: string,
  timeoutMs: number,
  kubeConfig?: k8s.KubeConfig,
): DeploymentProvider {
  const kc = kubeConfig ?? new k8s.KubeConfig();
  if (!kubeConfig) kc.loadFromDefault();
  const api = k8s.KubernetesObjectApi.makeApiClient(kc);
  const ref = (name: string) => ({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace } });

  return {
    name: "kubernetes",
    appliedState: "applied",
    async apply(manifest: Deployment) {
      const body = { ...manifest, metadata: { ...manifest.metadata, namespace } };
      try {
        await within(
          timeoutMs,
          api.patch(body, undefined, undefined, FIELD_MANAGER, true, k8s.PatchStrategy.ServerSideApply),
        );
      } catch (e) {
        throw providerError("apply", e);
      }
    },
    async delete(name: string) {
      try {
        await within(timeoutMs, api.delete(ref(name)));
      } catch (e) {
        if (!isNotFound(e)) throw providerError("delete", e);
      }
    },
    async status(name: string): Promise<DeploymentStatus> {
      try {
        const d = (await within(timeoutMs, api.read(ref(name)))) as k8s.V1Deployment;
        const replicas = d.spec?.replicas ?? 0;
        const ready = d.status?.readyReplicas ?? 0;
        const conditions = (d.status?.conditions ?? []).map((c) => ({
          type: c.type,
          status: c.status,
          reason: c.reason,
          message: c.message,
        }));
        const failed = conditions.find(
          (c) =>
            (c.type === "Progressing" && c.status === "False") || (c.type === "ReplicaFailure" && c.status === "True"),
        );
        const state = failed ? "failed" : ready >= replicas ? "ready" : "progressing";
        const message = failed?.message ?? `${ready}/${replicas} replicas ready`;
        return { state, message, replicas, readyReplicas: ready, conditions };
      } catch (e) {
        if (isNotFound(e))
          return { state: "missing", message: `Deployment ${namespace}/${name} not found in the cluster` };
        return { state: "unknown", message: providerError("status", e).message };
      }
    },
  };
}
