import type { SpecInput } from "./schema";

export type SpecSource = "database" | "yaml";

/** A spec as the API and the console show it. */
export type Spec = SpecInput & {
  source: SpecSource;
  createdAt?: string;
  updatedAt?: string;
};
