// The console during a database outage: its own server on MariaDB behind a
// TCP proxy the test cuts and restores.
import { expect, test } from "@playwright/test";
import { startServerBehindProxy, type ProxiedServer } from "../test/helpers/tcp-proxy";
import { uniqueName } from "./helpers";

test.describe.configure({ mode: "serial" });

let env: ProxiedServer;

test.beforeAll(async () => {
  env = await startServerBehindProxy();
});

test.afterAll(async () => env?.stop());

test("banner while down, 503 on the form keeps what was typed, saving works once it is back", async ({ page }) => {
  test.setTimeout(60_000);
  const { proxy, server } = env;
  const name = uniqueName("cpu-outage");
  await proxy.cut();
  await page.goto(`${server.url}/specs`);
  const banner = page.getByRole("alert").filter({ hasText: "The database is unreachable" });
  await expect(banner).toContainText("The database is unreachable. Showing the YAML baseline only");
  await expect(page.locator('tr[data-spec="h200-single"]')).toContainText("YAML baseline");

  await page.goto(`${server.url}/specs/new`);
  await page.getByRole("radio", { name: "CPU" }).check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Display name").fill("Typed during the outage");
  await page.getByLabel("Memory", { exact: true }).fill("2Gi");
  await page.getByLabel("Ephemeral storage").fill("20");
  await page.getByRole("button", { name: "Create spec" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The database is unavailable; nothing was changed" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/specs\/new$/);
  await expect(page.getByLabel("Display name")).toHaveValue("Typed during the outage");

  await proxy.restore();
  await expect(async () => {
    await page.getByRole("button", { name: "Create spec" }).click();
    await expect(page).toHaveURL(new RegExp(`created=${name}`), { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.locator(`tr[data-spec="${name}"]`)).toContainText("database");
});
