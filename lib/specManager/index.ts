// The process-wide SpecManager: YAML baseline from SPECS_YAML, overlay from the
// database. Kept on globalThis so every route bundle shares one instance.
import { appEnv } from "@/lib/config/env";
import { specRepository } from "@/lib/specs/repository";
import { SpecManager } from "./spec-manager";
import { YamlSpecSource } from "./yaml-source";

export { SpecManager } from "./spec-manager";
export type { SpecList, SpecLookup } from "./spec-manager";

const g = globalThis as unknown as { waverlessSpecManager?: SpecManager };

export function specManager(): SpecManager {
  if (!g.waverlessSpecManager) {
    g.waverlessSpecManager = new SpecManager(new YamlSpecSource(appEnv().specsYaml), specRepository);
    console.info("Spec service injected into SpecManager - specs will be read from database first");
  }
  return g.waverlessSpecManager;
}
