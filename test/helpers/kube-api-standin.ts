// A local stand-in for the Kubernetes API server (no cluster can be reached
// here). It checks what the real server would for our calls: bearer token,
// discovery, path and verb, server-side apply's content type, field manager
// and force flag, and the body against the apps/v1 Deployment schema.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { tmpDir } from "./databases";

export type Recorded = {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  body?: unknown;
};

export type KubeStandin = {
  url: string;
  kubeconfig: string;
  requests: Recorded[];
  deployments: Map<string, any>;
  setReady(key: string, ready: number): void;
  failNextApply(status: number, message: string): void;
  /** Requests with this method get no answer at all (a black-holed cluster). */
  hang(method: string | null): void;
  close(): Promise<void>;
};

const TOKEN = "standin-token";

export async function startKubeStandin(): Promise<KubeStandin> {
  const requests: Recorded[] = [];
  const deployments = new Map<string, any>();
  let failure: { status: number; message: string } | null = null;
  let hanging: string | null = null;
  const sockets = new Set<import("node:net").Socket>();

  const status = (res: http.ServerResponse, code: number, message: string, reason = "Invalid") => {
    res.writeHead(code, { "content-type": "application/json" });
    res.end(JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", message, reason, code }));
  };
  const send = (res: http.ServerResponse, code: number, obj: unknown) => {
    res.writeHead(code, { "content-type": "application/json" });
    res.end(JSON.stringify(obj));
  };

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", () => {
      const url = new URL(req.url!, "http://standin");
      const rec: Recorded = {
        method: req.method!,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        contentType: req.headers["content-type"],
      };
      if (raw) rec.body = yaml.load(raw);
      requests.push(rec);
      if (hanging === req.method && url.pathname !== "/apis/apps/v1") return;
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return status(res, 401, "Unauthorized", "Unauthorized");
      if (req.method === "GET" && url.pathname === "/apis/apps/v1") {
        return send(res, 200, {
          kind: "APIResourceList",
          apiVersion: "v1",
          groupVersion: "apps/v1",
          resources: [
            {
              name: "deployments",
              singularName: "deployment",
              namespaced: true,
              kind: "Deployment",
              verbs: ["create", "delete", "get", "list", "patch", "update"],
            },
          ],
        });
      }
      const m = /^\/apis\/apps\/v1\/namespaces\/([a-z0-9-]+)\/deployments\/([a-z0-9-]+)$/.exec(url.pathname);
      if (!m) return status(res, 404, `no route for ${req.method} ${url.pathname}`, "NotFound");
      const [, ns, name] = m;
      const key = `${ns}/${name}`;
      if (req.method === "PATCH") {
        if (req.headers["content-type"] !== "application/apply-patch+yaml")
          return status(res, 415, `unsupported patch type ${req.headers["content-type"]}`);
        if (!url.searchParams.get("fieldManager"))
          return status(res, 422, "fieldManager is required for apply requests");
        if (failure) {
          const f = failure;
          failure = null;
          return status(res, f.status, f.message);
        }
        const body = rec.body as any;
        if (body?.apiVersion !== "apps/v1" || body?.kind !== "Deployment")
          return status(res, 400, "apiVersion/kind must be apps/v1 Deployment");
        if (body.metadata?.name !== name)
          return status(res, 400, "the name in the body does not match the name in the URL");
        if (body.metadata?.namespace && body.metadata.namespace !== ns)
          return status(res, 400, "the namespace of the object does not match the namespace on the request");
        try {
          new Deployment(body).validate();
        } catch (e) {
          return status(res, 422, `Deployment.apps "${name}" is invalid: ${(e as Error).message}`);
        }
        const existed = deployments.has(key);
        const stored = {
          ...body,
          metadata: {
            ...body.metadata,
            namespace: ns,
            managedFields: [{ manager: url.searchParams.get("fieldManager"), operation: "Apply" }],
          },
          status: deployments.get(key)?.status ?? { replicas: body.spec.replicas, readyReplicas: 0 },
        };
        deployments.set(key, stored);
        return send(res, existed ? 200 : 201, stored);
      }
      if (req.method === "GET")
        return deployments.has(key)
          ? send(res, 200, deployments.get(key))
          : status(res, 404, `deployments.apps "${name}" not found`, "NotFound");
      if (req.method === "DELETE") {
        if (!deployments.delete(key)) return status(res, 404, `deployments.apps "${name}" not found`, "NotFound");
        return send(res, 200, { kind: "Status", apiVersion: "v1", status: "Success" });
      }
      return status(res, 405, "method not allowed", "MethodNotAllowed");
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const kubeconfig = path.join(tmpDir("kube"), "config");
  fs.writeFileSync(
    kubeconfig,
    yaml.dump({
      apiVersion: "v1",
      kind: "Config",
      "current-context": "standin",
      // Plain HTTP on loopback: client-node only allows it with TLS verification off.
      clusters: [{ name: "standin", cluster: { server: url, "insecure-skip-tls-verify": true } }],
      users: [{ name: "tester", user: { token: TOKEN } }],
      contexts: [{ name: "standin", context: { cluster: "standin", user: "tester" } }],
    }),
  );
  return {
    url,
    kubeconfig,
    requests,
    deployments,
    setReady: (key, ready) => {
      const d = deployments.get(key);
      d.status = {
        replicas: d.spec.replicas,
        readyReplicas: ready,
        conditions: [{ type: "Available", status: ready > 0 ? "True" : "False" }],
      };
    },
    failNextApply: (s, message) => void (failure = { status: s, message }),
    hang: (method) => void (hanging = method),
    close: () =>
      new Promise<void>((r) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => r());
      }),
  };
}
