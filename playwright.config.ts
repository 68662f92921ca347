// Browser tests against the production build on a fresh SQLite database.
// Uses a system Chromium when there is one (CHROMIUM_PATH, else `chromium` on
// PATH): Playwright cannot download its own browsers on air-gapped machines.
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync("command -v chromium || command -v chromium-browser", { encoding: "utf8", shell: "/bin/sh" }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 8181);
// Set once in the main process; workers inherit it.
process.env.E2E_DATABASE ??= path.join(os.tmpdir(), `wsp-e2e-${process.pid}-${Date.now()}.db`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: ".tmp/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node node_modules/.bin/tsx scripts/start.ts",
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${process.env.E2E_DATABASE}`,
      SPECS_YAML: "config/specs.yaml",
    },
  },
});
