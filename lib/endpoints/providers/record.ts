// The default provider: no cluster. The endpoint and its manifest are stored
// and reported as recorded, never as running.
import type { DeploymentProvider } from "./types";

export const recordProvider: DeploymentProvider = {
  name: "record",
  appliedState: "recorded",
  async apply() {},
  async delete() {},
  async status() {
    return {
      state: "recorded",
      message:
        "Recorded only: no cluster is configured (ENDPOINT_PROVIDER=record). Apply the manifest with kubectl apply -f.",
    };
  },
};
