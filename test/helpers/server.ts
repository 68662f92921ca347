// Starts the real server (scripts/start.ts: env check, migrate, next start)
// on a free port and talks to it over HTTP.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { tmpDir } from "./databases";

export type TestServer = { url: string; logs(): string; stop(): Promise<void>; process: ChildProcess };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** A private copy of a specs.yaml (default: the shipped baseline) a test may edit. */
export function tempSpecsYaml(content?: string): string {
  const file = path.join(tmpDir("yaml"), "specs.yaml");
  fs.writeFileSync(file, content ?? fs.readFileSync("config/specs.yaml", "utf8"));
  return file;
}

export async function startServer(opts: {
  databaseUrl: string;
  specsYaml?: string;
  env?: Record<string, string>;
}): Promise<TestServer> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["node_modules/.bin/tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: opts.databaseUrl,
      SPECS_YAML: opts.specsYaml ?? tempSpecsYaml(),
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    process: child,
    logs: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    },
  };
}

/**
 * Two server processes on one database and one YAML file, started together
 * (so the migration lock is exercised too).
 */
export async function startServerPair(databaseUrl: string): Promise<[TestServer, TestServer]> {
  const specsYaml = tempSpecsYaml();
  const [a, b] = await Promise.all([startServer({ databaseUrl, specsYaml }), startServer({ databaseUrl, specsYaml })]);
  return [a, b];
}
