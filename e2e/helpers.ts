import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A name no other test uses, so tests can run in parallel on one database. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export async function createSpecViaApi(request: APIRequestContext, spec: Record<string, unknown>) {
  const res = await request.post("/api/v1/k8s/specs", { data: spec });
  expect(res.status()).toBe(201);
  return res.json();
}

export const cpuSpec = (name: string) => ({
  name,
  displayName: `CPU ${name}`,
  category: "cpu",
  resources: { cpu: "2", memory: "4Gi", ephemeralStorage: "30" },
});

export const row = (page: Page, name: string) => page.locator(`tr[data-spec="${name}"]`);
