import type { DeploymentStatus } from "./providers/types";
import type { Deployment } from "./render";

/** An endpoint as the API and the console show it. */
export type Endpoint = {
  name: string;
  specName: string;
  image: string;
  replicas: number;
  gpuCount?: number;
  env: Record<string, string>;
  shmSize?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  platform: string | null;
  provider: string;
  status: DeploymentStatus;
  specHash: string;
  /** Whether the spec now renders differently from what was deployed. */
  specChanged: boolean;
  /** The spec's status now ("missing" once deleted). */
  specStatus: string;
  createdAt: string;
  updatedAt: string;
  manifest?: Deployment;
  warnings?: string[];
};
