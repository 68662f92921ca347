import { appEnv } from "@/lib/config/env";
import { kubernetesProvider } from "./kubernetes";
import { recordProvider } from "./record";
import type { DeploymentProvider } from "./types";

const g = globalThis as unknown as { waverlessProvider?: DeploymentProvider };

/** The provider ENDPOINT_PROVIDER names, created once per process. */
export function deploymentProvider(): DeploymentProvider {
  const env = appEnv();
  return (g.waverlessProvider ??=
    env.endpointProvider === "kubernetes"
      ? kubernetesProvider(env.k8sNamespace, env.k8sRequestTimeoutMs)
      : recordProvider);
}
