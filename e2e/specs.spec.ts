import { expect, test } from "@playwright/test";
import { cpuSpec, createSpecViaApi, row, uniqueName } from "./helpers";

test("create a GPU spec through the form with a platform and a toleration", async ({ page, request }) => {
  const name = uniqueName("gpu-form");
  await page.goto("/");
  await expect(page).toHaveURL(/\/specs$/);
  await page.getByRole("link", { name: "Create spec" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Display name").fill("Form GPU");
  await page.getByLabel("GPU count").fill("2");
  await page.getByLabel("GPU type").fill("NVIDIA-H100");
  await page.getByLabel("CPU cores").fill("8");
  await page.getByLabel("Memory", { exact: true }).fill("32Gi");
  await page.getByLabel("Ephemeral storage").fill("200");
  await page.getByLabel("Shared memory (/dev/shm)").fill("16Gi");
  await page.getByRole("button", { name: "+ Add platform" }).click();
  await expect(page.getByLabel("Platform name")).toHaveValue("generic");
  await page.getByRole("button", { name: "+ Add node selector entry" }).click();
  await page.getByLabel("generic Node selector key 1").fill("nvidia.com/gpu.product");
  await page.getByLabel("generic Node selector value 1").fill("NVIDIA-H100-80GB-HBM3");
  await page.getByRole("button", { name: "+ Add toleration" }).click();
  await page.getByLabel("generic toleration 1 key").fill("nvidia.com/gpu");
  await page.getByLabel("generic toleration 1 operator").selectOption("Exists");
  await expect(page.getByLabel("generic toleration 1 value")).toBeDisabled();
  await page.getByRole("button", { name: "Create spec" }).click();

  await expect(page).toHaveURL(new RegExp(`/specs\\?created=${name}$`));
  await expect(page.getByRole("status")).toContainText(`Spec “${name}” created.`);
  const r = row(page, name);
  await expect(r).toContainText("2 × NVIDIA-H100");
  await expect(r).toContainText("32Gi");
  await expect(r).toContainText("200 GiB");
  await expect(r).toContainText("database");

  const stored = await (await request.get(`/api/v1/k8s/specs/${name}`)).json();
  expect(stored.platforms.generic).toEqual({
    nodeSelector: { "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3" },
    tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
    labels: {},
    annotations: {},
  });
  expect(stored.resources).toEqual({
    cpu: "8",
    memory: "32Gi",
    gpu: "2",
    gpuType: "NVIDIA-H100",
    ephemeralStorage: "200",
    shmSize: "16Gi",
  });
});

test("filter by GPU and CPU, kept in the URL", async ({ page, request }) => {
  const cpu = uniqueName("cpu-filter");
  await createSpecViaApi(request, cpuSpec(cpu));
  await page.goto("/specs");
  await page.getByRole("navigation", { name: "Category" }).getByRole("link", { name: /^GPU/ }).click();
  await expect(page).toHaveURL(/category=gpu/);
  await expect(row(page, "h200-single")).toBeVisible();
  await expect(row(page, cpu)).toHaveCount(0);
  await page.getByRole("navigation", { name: "Category" }).getByRole("link", { name: /^CPU/ }).click();
  await expect(page).toHaveURL(/category=cpu/);
  await expect(row(page, cpu)).toBeVisible();
  await expect(row(page, "h200-single")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Category" }).getByRole("link", { name: /^CPU/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("search by name or display name", async ({ page }) => {
  await page.goto("/specs?category=gpu");
  await page.getByLabel("Search specs by name or display name").fill("H100 80GB");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=H100\+80GB/);
  await expect(page).toHaveURL(/category=gpu/);
  await expect(row(page, "h100-single")).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.goto("/specs?q=no-such-thing-at-all");
  await expect(page.getByRole("heading", { name: "No specs match this view" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Create spec" })).toHaveCount(2);
});

test("filters and search work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/specs");
  await page.getByRole("link", { name: /^GPU/ }).click();
  await expect(page).toHaveURL(/category=gpu/);
  await page.getByLabel("Search specs by name or display name").fill("l4-single");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/category=gpu&q=l4-single/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await context.close();
});

test("detail page shows everything, edit changes the display name", async ({ page, request }) => {
  const name = uniqueName("gpu-edit");
  await createSpecViaApi(request, {
    name,
    displayName: "Before edit",
    category: "gpu",
    resources: { cpu: "16", memory: "64Gi", gpu: "1", gpuType: "NVIDIA-H200", ephemeralStorage: "300" },
    platforms: {
      generic: {
        nodeSelector: { "gpu.nvidia.com/class": "H200" },
        tolerations: [{ key: "hardware-type/h200", operator: "Equal", value: "gpu", effect: "NoSchedule" }],
      },
    },
  });
  await page.goto("/specs");
  await row(page, name).getByRole("link", { name: "Before edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/specs/${name}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Before edit");
  await expect(page.getByText("1 × NVIDIA-H200")).toBeVisible();
  await expect(page.getByText("300 GiB")).toBeVisible();
  await expect(page.getByText("gpu.nvidia.com/class: H200", { exact: true })).toBeVisible();
  await expect(page.getByText("hardware-type/h200 = gpu")).toBeVisible();
  await expect(page.getByLabel("Spec as YAML")).toContainText(`name: ${name}`);
  await expect(page.getByLabel("Spec as YAML")).toContainText("ephemeralStorage: '300'");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("readonly", "");
  await page.getByLabel("Display name").fill("After edit");
  await page.getByLabel("Status").selectOption("deprecated");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/specs\\?updated=${name}$`));
  await expect(row(page, name)).toContainText("After edit");
  await expect(row(page, name)).toContainText("deprecated");
  const stored = await (await request.get(`/api/v1/k8s/specs/${name}`)).json();
  expect(stored).toMatchObject({ displayName: "After edit", status: "deprecated" });
  expect(stored.platforms.generic.tolerations).toHaveLength(1);
});

test("validation: bad memory before submitting, duplicate name from the server", async ({ page, request }) => {
  const taken = uniqueName("cpu-taken");
  await createSpecViaApi(request, cpuSpec(taken));
  await page.goto("/specs/new");
  await page.getByLabel("CPU cores").fill("2");
  await page.getByRole("radio", { name: "CPU" }).check();
  await expect(page.getByLabel("GPU count")).toHaveCount(0);
  await page.getByLabel("Memory", { exact: true }).fill("4GB");
  await page.getByLabel("Ephemeral storage").click();
  await expect(page.getByText('must be a Kubernetes quantity such as "4Gi" or "512Mi"')).toBeVisible();
  await expect(page.getByLabel("Memory", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Memory", { exact: true }).fill("4Gi");
  await expect(page.getByText('must be a Kubernetes quantity such as "4Gi" or "512Mi"')).toHaveCount(0);

  await page.getByLabel("Name", { exact: true }).fill(taken);
  await page.getByLabel("Display name").fill("Duplicate attempt");
  await page.getByLabel("Ephemeral storage").fill("30");
  await page.getByRole("button", { name: "Create spec" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `Spec "${taken}" already exists` })).toBeVisible();
  await expect(page.getByText("is already taken")).toBeVisible();
  await expect(page).toHaveURL(/\/specs\/new$/);
  await expect(page.getByLabel("Display name")).toHaveValue("Duplicate attempt");
  await expect(page.getByLabel("Memory", { exact: true })).toHaveValue("4Gi");
});

test("platforms YAML tab round-trips with the form and shows errors inline", async ({ page }) => {
  await page.goto("/specs/new");
  await page.getByRole("button", { name: "+ Add platform" }).click();
  await page.getByRole("button", { name: "+ Add pod labels entry" }).click();
  await page.getByLabel("generic Pod labels key 1").fill("team");
  await page.getByLabel("generic Pod labels value 1").fill("inference");
  await page.getByRole("button", { name: "+ Add toleration" }).click();
  await page.getByLabel("generic toleration 1 key").fill("hardware-type/h200");
  await page.getByLabel("generic toleration 1 value").fill("gpu");

  await page.getByRole("tab", { name: "YAML" }).click();
  const yamlBox = page.getByLabel("Platforms (YAML map of platform name to settings)");
  const text = await yamlBox.inputValue();
  expect(text).toContain("generic:");
  expect(text).toContain("team: inference");
  expect(text).toContain("key: hardware-type/h200");

  await yamlBox.fill(
    text.replace("team: inference", "team: inference\n    tier: gold") +
      "aws-eks:\n  nodeSelector:\n    node.kubernetes.io/instance-type: p5.48xlarge\n",
  );
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByLabel("generic Pod labels key 2")).toHaveValue("tier");
  await expect(page.getByLabel("generic Pod labels value 2")).toHaveValue("gold");
  await expect(page.getByLabel("generic toleration 1 value")).toHaveValue("gpu");
  await expect(page.getByLabel("aws-eks Node selector value 1")).toHaveValue("p5.48xlarge");

  await page.getByRole("tab", { name: "YAML" }).click();
  const again = await yamlBox.inputValue();
  expect(again).toContain("tier: gold");
  expect(again).toContain("node.kubernetes.io/instance-type: p5.48xlarge");

  await yamlBox.fill("generic:\n  labels: [unclosed\n");
  await expect(page.getByText(/YAML syntax: .*\(line \d+, column \d+\)/)).toBeVisible();
  await expect(page.getByRole("tab", { name: "Form" })).toBeDisabled();
  await yamlBox.fill("generic:\n  tolerations:\n    - key: a\n      operator: Exists\n      value: b\n");
  await expect(page.getByText("must be empty when operator is Exists")).toBeVisible();
  await yamlBox.fill(again);
  await expect(page.getByRole("tab", { name: "Form" })).toBeEnabled();
});

test("delete asks first: Cancel keeps the spec, Delete removes it", async ({ page, request }) => {
  const name = uniqueName("cpu-delete");
  await createSpecViaApi(request, cpuSpec(name));
  await page.goto(`/specs?q=${name}`);
  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  const dialog = page.getByRole("dialog", { name: `Delete spec "${name}"?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, name)).toBeVisible();

  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect((await request.get(`/api/v1/k8s/specs/${name}`)).status()).toBe(200);

  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(new RegExp(`deleted=${name}`));
  await expect(page.getByRole("status")).toContainText(`Spec “${name}” deleted.`);
  await expect(row(page, name)).toHaveCount(0);
  expect((await request.get(`/api/v1/k8s/specs/${name}`)).status()).toBe(404);
});

test("a YAML-baseline spec shows its source, and editing it warns about the override", async ({ page }) => {
  await page.goto("/specs?q=l4-single");
  await expect(row(page, "l4-single").getByText("YAML baseline")).toBeVisible();
  await page.goto("/specs/l4-single");
  await expect(page.getByText("YAML baseline").first()).toBeVisible();
  await page.goto("/specs/l4-single/edit");
  await expect(
    page.getByText("This spec comes from the YAML baseline. Saving stores a database override"),
  ).toBeVisible();
});

test("saving a YAML-baseline spec stores a database override", async ({ page, request }) => {
  // l40s-single: a baseline spec no other browser test uses.
  expect((await (await request.get("/api/v1/k8s/specs/l40s-single")).json()).source).toBe("yaml");
  await page.goto("/specs/l40s-single/edit");
  await expect(page.getByText("Saving stores a database override")).toBeVisible();
  await page.getByLabel("Display name").fill("L40S (site override)");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/specs\?updated=l40s-single$/);
  await expect(row(page, "l40s-single")).toContainText("L40S (site override)");
  await expect(row(page, "l40s-single").getByText("database")).toBeVisible();
  const stored = await (await request.get("/api/v1/k8s/specs/l40s-single")).json();
  expect(stored).toMatchObject({ source: "database", displayName: "L40S (site override)" });
  // Everything else came over from the baseline unchanged.
  expect(stored.resources).toEqual({
    cpu: "8",
    memory: "64Gi",
    gpu: "1",
    gpuType: "NVIDIA-L40S",
    ephemeralStorage: "100",
    shmSize: "8Gi",
  });
  expect(stored.platforms.generic.tolerations).toEqual([
    { key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" },
  ]);
});

test("keyboard only: open the delete dialog, focus stays inside, Escape closes", async ({ page, request }) => {
  const name = uniqueName("cpu-keys");
  await createSpecViaApi(request, cpuSpec(name));
  await page.goto(`/specs?q=${name}`);
  await row(page, name)
    .getByRole("button", { name: `Delete ${name}` })
    .focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
    expect(inside).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("keyboard only: create a CPU spec without the mouse", async ({ page }) => {
  const name = uniqueName("cpu-keyboard");
  await page.goto("/specs/new");
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
  for (let i = 0; i < 15 && (await focusedId()) !== "name"; i++) await page.keyboard.press("Tab");
  expect(await focusedId()).toBe("name");
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Keyboard CPU");
  await page.keyboard.press("Tab"); // the category radio group (GPU checked)
  await page.keyboard.press("ArrowRight"); // → CPU
  await expect(page.getByRole("radio", { name: "CPU" })).toBeChecked();
  await expect(page.getByLabel("GPU count")).toHaveCount(0);
  await page.keyboard.press("Tab"); // resource type
  await page.keyboard.press("Tab");
  expect(await focusedId()).toBe("resources-cpu");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("2Gi");
  await page.keyboard.press("Tab");
  await page.keyboard.type("20");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/specs\\?created=${name}$`));
  await expect(row(page, name)).toContainText("1 core");
});
