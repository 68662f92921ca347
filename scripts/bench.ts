// npm run bench [-- --mysql] [-- --requests 2000 --concurrency 16]
// Starts the production server on a fresh database holding 300 specs plus the
// YAML baseline, then measures the hot paths over loopback and prints figures.
// Bounded: a fixed number of requests per path, loopback only.
import { performance } from "node:perf_hooks";
import { mysqlTestDb, sqliteTestDb } from "../test/helpers/databases";
import { cpuSpec, gpuSpec } from "../test/helpers/http";
import { startServer } from "../test/helpers/server";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg("requests", 1500);
const CONCURRENCY = arg("concurrency", 16);
const SPECS = arg("specs", 300);

type Result = { label: string; rps: number; p50: number; p95: number; p99: number; errors: number };

async function measure(label: string, make: (i: number) => [string, RequestInit?]): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const [url, init] = make(i);
        const t = performance.now();
        const res = await fetch(url, init);
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (!res.ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { label, rps: REQUESTS / seconds, p50: pct(50), p95: pct(95), p99: pct(99), errors };
}

async function main() {
  const mysql = process.argv.includes("--mysql");
  const database = mysql ? await mysqlTestDb() : await sqliteTestDb();
  const server = await startServer({ databaseUrl: database.url });
  try {
    const post = (body: unknown): RequestInit => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    for (let i = 0; i < SPECS; i++) {
      const name = `bench-${String(i).padStart(4, "0")}`;
      const res = await fetch(`${server.url}/api/v1/k8s/specs`, post(i % 2 ? gpuSpec(name) : cpuSpec(name)));
      if (res.status !== 201) throw new Error(`seeding ${name}: ${res.status}`);
    }
    const u = server.url;
    // Warm up each route once (first hits compile nothing, but fill caches).
    for (const p of ["/api/v1/k8s/specs", "/api/v1/k8s/specs/bench-0001", "/specs", "/api/v1/health"])
      await fetch(u + p);
    const results = [
      await measure("GET /api/v1/k8s/specs (list)", () => [`${u}/api/v1/k8s/specs`]),
      await measure("GET /api/v1/k8s/specs/:name", (i) => [
        `${u}/api/v1/k8s/specs/bench-${String(i % SPECS).padStart(4, "0")}`,
      ]),
      await measure("GET /specs (console page)", () => [`${u}/specs`]),
      await measure("POST /api/v1/endpoints/preview", (i) => [
        `${u}/api/v1/endpoints/preview`,
        post({
          endpoint: "bench-app",
          specName: `bench-${String(i % SPECS).padStart(4, "0")}`,
          image: "bench:latest",
          replicas: 1,
        }),
      ]),
      await measure("POST /api/v1/k8s/specs (create)", (i) => [`${u}/api/v1/k8s/specs`, post(cpuSpec(`load-${i}`))]),
    ];
    console.log(
      `\nwaverless-specs benchmark · ${mysql ? "MariaDB" : "SQLite"} · ${SPECS} specs + YAML baseline · ${REQUESTS} requests per row · concurrency ${CONCURRENCY}`,
    );
    console.log(
      "path".padEnd(36),
      "req/s".padStart(8),
      "p50 ms".padStart(8),
      "p95 ms".padStart(8),
      "p99 ms".padStart(8),
      "errors".padStart(7),
    );
    for (const r of results) {
      console.log(
        r.label.padEnd(36),
        r.rps.toFixed(0).padStart(8),
        r.p50.toFixed(1).padStart(8),
        r.p95.toFixed(1).padStart(8),
        r.p99.toFixed(1).padStart(8),
        String(r.errors).padStart(7),
      );
    }
  } finally {
    await server.stop();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
