import type { Deployment } from "../render";

export type ProviderName = "record" | "kubernetes";

export type DeploymentState = "recorded" | "ready" | "progressing" | "failed" | "missing" | "unknown";

export type DeploymentStatus = {
  state: DeploymentState;
  message: string;
  replicas?: number;
  readyReplicas?: number;
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
};

/** Where endpoints' Deployments go. Chosen by ENDPOINT_PROVIDER. */
export interface DeploymentProvider {
  readonly name: ProviderName;
  /** State stored for a freshly applied endpoint. */
  readonly appliedState: string;
  apply(manifest: Deployment): Promise<void>;
  delete(name: string): Promise<void>;
  status(name: string): Promise<DeploymentStatus>;
}
