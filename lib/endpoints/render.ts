// Spec + endpoint → apps/v1 Deployment. Pure (no I/O); server-side because
// of the hash, while the resource rules it uses are in ./resources.
import crypto from "node:crypto";
import type { Spec } from "@/lib/specs/types";
import { containerResources, resolvePlatform } from "./resources";
import type { EndpointInput } from "./schema";

export const MANAGED_BY = "waverless-specs";
export const SPEC_LABEL = "waverless.io/spec";
export const SPEC_HASH_ANNOTATION = "waverless.io/spec-hash";

export type RenderOptions = { platform: string; namespace?: string };

export type Rendered = { manifest: Deployment; specHash: string; platform: string | null };

export type Deployment = {
  apiVersion: "apps/v1";
  kind: "Deployment";
  metadata: { name: string; namespace?: string; labels: Record<string, string>; annotations: Record<string, string> };
  spec: Record<string, unknown>;
};

const sorted = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));

export function renderDeployment(spec: Spec, endpoint: EndpointInput, opts: RenderOptions): Rendered {
  const platform = resolvePlatform(spec.platforms, opts.platform);
  const settings = platform?.settings;
  const resources = containerResources(spec, endpoint.gpuCount ?? 1);
  const shmSize = endpoint.shmSize ?? spec.resources.shmSize;
  // What the spec contributes to the pod; its hash tells whether a deployed
  // endpoint is behind its spec.
  const specPart = {
    resources,
    shmSize: shmSize ?? null,
    nodeSelector: settings?.nodeSelector ?? {},
    tolerations: settings?.tolerations ?? [],
    labels: settings?.labels ?? {},
    annotations: settings?.annotations ?? {},
  };
  const specHash = crypto.createHash("sha256").update(JSON.stringify(specPart)).digest("hex").slice(0, 16);
  const selector = { app: endpoint.endpoint };
  const identity = {
    ...selector,
    "app.kubernetes.io/name": endpoint.endpoint,
    "app.kubernetes.io/managed-by": MANAGED_BY,
    [SPEC_LABEL]: spec.name,
  };
  const podLabels = sorted({ ...specPart.labels, ...endpoint.labels, ...identity });
  const podAnnotations = sorted({ ...specPart.annotations, ...endpoint.annotations, [SPEC_HASH_ANNOTATION]: specHash });
  const env = Object.entries(endpoint.env).map(([name, value]) => ({ name, value }));

  const container: Record<string, unknown> = {
    name: "inference",
    image: endpoint.image,
    ...(env.length ? { env } : {}),
    resources: { requests: resources, limits: resources },
    ...(shmSize ? { volumeMounts: [{ name: "dshm", mountPath: "/dev/shm" }] } : {}),
  };
  const podSpec: Record<string, unknown> = {
    containers: [container],
    ...(Object.keys(specPart.nodeSelector).length ? { nodeSelector: specPart.nodeSelector } : {}),
    ...(specPart.tolerations.length ? { tolerations: specPart.tolerations } : {}),
    ...(shmSize ? { volumes: [{ name: "dshm", emptyDir: { medium: "Memory", sizeLimit: shmSize } }] } : {}),
  };
  const manifest: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: endpoint.endpoint,
      ...(opts.namespace ? { namespace: opts.namespace } : {}),
      labels: identity,
      annotations: { [SPEC_HASH_ANNOTATION]: specHash },
    },
    spec: {
      replicas: endpoint.replicas,
      selector: { matchLabels: selector },
      template: { metadata: { labels: podLabels, annotations: podAnnotations }, spec: podSpec },
    },
  };
  return { manifest, specHash, platform: platform?.name ?? null };
}
