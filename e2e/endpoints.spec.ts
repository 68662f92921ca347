import { expect, test } from "@playwright/test";
import { createSpecViaApi, uniqueName } from "./helpers";

test("a spec created through the API is deployed at once through the console", async ({ page, request }) => {
  const specName = uniqueName("gpu-e2e");
  const endpoint = uniqueName("app");
  await createSpecViaApi(request, {
    name: specName,
    displayName: "E2E GPU",
    category: "gpu",
    resources: { cpu: "500m", memory: "4Gi", gpu: "4", gpuType: "NVIDIA-L4", ephemeralStorage: "100", shmSize: "8Gi" },
    platforms: { generic: { nodeSelector: { "nvidia.com/gpu.product": "NVIDIA-L4" } } },
  });

  await page.goto("/endpoints");
  await page.getByRole("link", { name: "Create endpoint" }).first().click();
  await page.getByLabel("Endpoint name").fill(endpoint);
  await page.getByLabel("Spec", { exact: true }).selectOption(specName);
  await page.getByLabel("Image").fill("registry.example.com/team/model:v1");
  await page.getByLabel("Replicas").fill("2");
  await page.getByLabel("GPUs per replica").fill("3");
  await page.getByLabel("Environment (KEY=value per line)").fill("MODEL=llama\nHF_HOME=/cache");

  const summary = page.getByRole("region", { name: "Resources per replica" });
  await expect(summary).toContainText("1500m");
  await expect(summary).toContainText("12Gi");
  await expect(summary).toContainText("100Gi");

  await page.getByRole("button", { name: "Preview manifest" }).click();
  const preview = page.getByLabel("Manifest preview");
  await expect(preview).toContainText("kind: Deployment");
  await expect(preview).toContainText("nvidia.com/gpu: '3'");
  await expect(preview).toContainText("sizeLimit: 8Gi");
  expect((await request.get(`/api/v1/endpoints/${endpoint}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page).toHaveURL(new RegExp(`/endpoints\\?created=${endpoint}$`));
  await expect(page.getByRole("status")).toContainText(`Endpoint “${endpoint}” created.`);
  const row = page.locator(`tr[data-endpoint="${endpoint}"]`);
  await expect(row).toContainText(specName);
  await expect(row).toContainText("recorded");
  await expect(row).toContainText("up to date");

  const stored = await (await request.get(`/api/v1/endpoints/${endpoint}`)).json();
  expect(stored).toMatchObject({ replicas: 2, gpuCount: 3, env: { MODEL: "llama", HF_HOME: "/cache" } });

  await row.getByRole("link", { name: endpoint }).click();
  await expect(page.getByLabel("Deployment manifest")).toContainText(`name: ${endpoint}`);
  const raw = await request.get(`/api/v1/endpoints/${endpoint}/manifest`);
  expect(raw.headers()["content-type"]).toContain("application/yaml");

  await page.goto(`/specs/${specName}`);
  await expect(
    page.getByRole("region", { name: "Endpoints using this spec" }).getByRole("link", { name: endpoint }),
  ).toBeVisible();

  // The spec changes: the endpoint says so.
  expect(
    (await request.put(`/api/v1/k8s/specs/${specName}`, { data: { resources: { memory: "8Gi" } } })).status(),
  ).toBe(200);
  await page.goto("/endpoints");
  await expect(page.locator(`tr[data-endpoint="${endpoint}"]`)).toContainText("changed");

  // Roll the endpoint forward from its page.
  await page.locator(`tr[data-endpoint="${endpoint}"]`).getByRole("link", { name: endpoint }).click();
  await page.getByRole("button", { name: "Re-apply with current spec" }).click();
  await expect(page.getByText("up to date")).toBeVisible();
  await expect(page.getByRole("button", { name: "Re-apply with current spec" })).toHaveCount(0);
  await expect(page.getByLabel("Deployment manifest")).toContainText("memory: 24Gi");
});

test("endpoint form shows server rules on the field and deletes with confirmation", async ({ page, request }) => {
  const specName = uniqueName("cpu-e2e");
  await createSpecViaApi(request, {
    name: specName,
    displayName: "E2E CPU",
    category: "cpu",
    resources: { cpu: "1", memory: "2Gi", ephemeralStorage: "20" },
  });
  const endpoint = uniqueName("app");
  await page.goto(`/endpoints/new?spec=${specName}`);
  await expect(page.getByLabel("Spec", { exact: true })).toHaveValue(specName);
  await expect(page.getByLabel("GPUs per replica")).toHaveCount(0);
  await page.getByLabel("Endpoint name").fill("Bad_Name");
  await page.getByLabel("Image").click();
  await expect(page.getByText("must be a lowercase DNS-1123 label")).toBeVisible();
  await page.getByLabel("Endpoint name").fill(endpoint);
  await page.getByLabel("Image").fill("your-image:latest");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page).toHaveURL(/\/endpoints\?created=/);

  // Same name again: the server's 409 lands on the name field.
  await page.goto(`/endpoints/new?spec=${specName}`);
  await page.getByLabel("Endpoint name").fill(endpoint);
  await page.getByLabel("Image").fill("your-image:latest");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page.getByText("is already taken")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: `Endpoint "${endpoint}" already exists` })).toBeVisible();

  await page.goto("/endpoints");
  await page
    .locator(`tr[data-endpoint="${endpoint}"]`)
    .getByRole("button", { name: `Delete ${endpoint}` })
    .click();
  const dialog = page.getByRole("dialog", { name: `Delete endpoint "${endpoint}"?` });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status")).toContainText(`Endpoint “${endpoint}” deleted.`);
  await expect(page.locator(`tr[data-endpoint="${endpoint}"]`)).toHaveCount(0);
});

test("deleting a spec that endpoints use asks again, naming them", async ({ page, request }) => {
  const specName = uniqueName("cpu-used");
  const endpoint = uniqueName("app");
  await createSpecViaApi(request, {
    name: specName,
    displayName: "Used CPU",
    category: "cpu",
    resources: { memory: "1Gi", ephemeralStorage: "10" },
  });
  const created = await request.post("/api/v1/endpoints", {
    data: { endpoint, specName, image: "your-image:latest", replicas: 1 },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/specs/${specName}`);
  await page.getByRole("button", { name: `Delete ${specName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Delete spec "${specName}"?` });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog.getByRole("alert")).toContainText(`is used by endpoints: ${endpoint}`);
  expect((await request.get(`/api/v1/k8s/specs/${specName}`)).status()).toBe(200);
  await dialog.getByRole("button", { name: "Delete anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`/specs\\?deleted=${specName}`));
  expect((await request.get(`/api/v1/k8s/specs/${specName}`)).status()).toBe(404);
  const ep = await (await request.get(`/api/v1/endpoints/${endpoint}`)).json();
  expect(ep.specStatus).toBe("missing");
});

test("edit an endpoint: scale, new image, env, GPUs; saved and re-rendered", async ({ page, request }) => {
  const specName = uniqueName("gpu-edit");
  const endpoint = uniqueName("app");
  await createSpecViaApi(request, {
    name: specName,
    displayName: "Editable GPU",
    category: "gpu",
    resources: { cpu: "2", memory: "8Gi", gpu: "2", gpuType: "NVIDIA-L4", ephemeralStorage: "50" },
  });
  const created = await request.post("/api/v1/endpoints", {
    data: { endpoint, specName, image: "your-image:v1", replicas: 1, gpuCount: 2, env: { A: "1" } },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/endpoints/${endpoint}`);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByLabel("Endpoint name")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Environment (KEY=value per line)")).toHaveValue("A=1");
  await page.getByLabel("Image").fill("your-image:v2");
  await page.getByLabel("Replicas").fill("5");
  await page.getByLabel("GPUs per replica").fill("");
  await page.getByLabel("Environment (KEY=value per line)").fill("A=1\nB=two");
  await expect(page.getByRole("region", { name: "Resources per replica" })).toContainText("8Gi");
  await page.getByRole("button", { name: "Save and re-apply" }).click();

  await expect(page).toHaveURL(new RegExp(`/endpoints/${endpoint}$`));
  const manifest = page.getByLabel("Deployment manifest");
  await expect(manifest).toContainText("replicas: 5");
  await expect(manifest).toContainText("image: your-image:v2");
  const stored = await (await request.get(`/api/v1/endpoints/${endpoint}`)).json();
  expect(stored).toMatchObject({ image: "your-image:v2", replicas: 5, env: { A: "1", B: "two" } });
  expect(stored).not.toHaveProperty("gpuCount");
  expect(stored.manifest.spec.template.spec.containers[0].resources.limits).toMatchObject({ "nvidia.com/gpu": "1" });
});
