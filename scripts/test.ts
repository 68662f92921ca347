// npm test: build the production server, run the API/database tests (vitest)
// and the browser tests (Playwright) against it, then print one closing line.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

type Stage = { name: string; passed: number; failed: number; ok: boolean };
fs.mkdirSync(".tmp", { recursive: true });

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status === 0;
}

const stages: Stage[] = [];
const only = process.argv.slice(2);
const want = (s: string) => only.length === 0 || only.includes(s);

// Static checks first: they take seconds and fail fast.
for (const [cmd, args] of [
  ["node_modules/.bin/tsc", ["--noEmit"]],
  ["node_modules/.bin/eslint", ["."]],
  ["node_modules/.bin/prettier", ["--check", "."]],
] as const) {
  if (!run(cmd, [...args])) {
    console.error(`${cmd.split("/").pop()} failed`);
    process.exit(1);
  }
}

if (!run("node_modules/.bin/next", ["build"])) {
  console.error("next build failed");
  process.exit(1);
}

if (want("unit")) {
  const ok = run("node_modules/.bin/vitest", [
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=.tmp/vitest.json",
  ]);
  const r = JSON.parse(fs.readFileSync(".tmp/vitest.json", "utf8"));
  stages.push({ name: "vitest", passed: r.numPassedTests, failed: r.numFailedTests, ok });
}

if (want("e2e") && fs.existsSync("playwright.config.ts")) {
  const ok = run("node_modules/.bin/playwright", ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: ".tmp/playwright.json" });
  const r = JSON.parse(fs.readFileSync(".tmp/playwright.json", "utf8"));
  stages.push({ name: "playwright", passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, ok });
}

const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`\n${stages.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join("; ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stages.every((s) => s.ok) && failed === 0 && passed > 0 ? 0 : 1);
