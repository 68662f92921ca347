// npm run docs:screenshots – regenerate the README's screenshots in docs/
// from a production server on a fresh SQLite database.
import { chromium } from "@playwright/test";
import { sqliteTestDb } from "../test/helpers/databases";
import { startServer } from "../test/helpers/server";
import config from "../playwright.config";

async function main() {
  const database = await sqliteTestDb();
  const server = await startServer({ databaseUrl: database.url });
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const post = (path: string, data: unknown) =>
      fetch(server.url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(data),
      });
    await post("/api/v1/k8s/specs", {
      name: "h200-x8",
      displayName: "H200 8 GPU node",
      category: "gpu",
      resourceType: "fixed",
      resources: {
        cpu: "24",
        memory: "200Gi",
        gpu: "8",
        gpuType: "NVIDIA-H200",
        ephemeralStorage: "2000",
        shmSize: "256Gi",
      },
      platforms: { generic: { nodeSelector: { "gpu.nvidia.com/class": "H200" } } },
    });
    await fetch(`${server.url}/api/v1/k8s/specs/a100-80g-single`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "deprecated" }),
    });
    await post("/api/v1/endpoints", {
      endpoint: "llama-70b",
      specName: "h200-x8",
      image: "registry.example.com/llm/llama:3.1-70b",
      replicas: 2,
      gpuCount: 4,
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const shots: [string, string, (() => Promise<void>)?][] = [
      ["/specs", "docs/specs-list.png"],
      [
        "/specs/new",
        "docs/spec-create-form.png",
        async () => {
          await page.getByLabel("Name", { exact: true }).fill("l40s-x2");
          await page.getByLabel("Display name").fill("L40S 2 GPU");
          await page.getByLabel("GPU count").fill("2");
          await page.getByLabel("GPU type").fill("NVIDIA-L40S");
          await page.getByLabel("Memory", { exact: true }).fill("48Gi");
          await page.getByLabel("Ephemeral storage").fill("4GB");
          await page.getByLabel("CPU cores").click();
          await page.getByRole("button", { name: "+ Add platform" }).click();
          await page.getByRole("button", { name: "+ Add toleration" }).click();
          await page.getByLabel("generic toleration 1 key").fill("nvidia.com/gpu");
          await page.getByLabel("generic toleration 1 operator").selectOption("Exists");
        },
      ],
      [
        "/endpoints/new?spec=h200-x8",
        "docs/endpoint-create-form.png",
        async () => {
          await page.getByLabel("Endpoint name").fill("qwen-72b");
          await page.getByLabel("Image").fill("registry.example.com/llm/qwen:72b");
          await page.getByLabel("GPUs per replica").fill("2");
          await page.getByRole("button", { name: "Preview manifest" }).click();
          await page.getByLabel("Manifest preview").waitFor();
        },
      ],
    ];
    for (const [path, file, act] of shots) {
      await page.goto(server.url + path);
      await act?.();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: file, fullPage: false });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
