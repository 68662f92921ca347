// Small fetch wrappers that return status, headers and parsed body.
export type Res<T = any> = { status: number; headers: Headers; body: T };

export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Res<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* keep text */
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export const api = (base: string, prefix = "/api/v1/k8s/specs") => ({
  list: (query = "") => call(base, "GET", prefix + query),
  get: (name: string) => call(base, "GET", `${prefix}/${name}`),
  create: (body: unknown, headers?: Record<string, string>) => call(base, "POST", prefix, body, headers),
  update: (name: string, body: unknown) => call(base, "PUT", `${prefix}/${name}`, body),
  remove: (name: string) => call(base, "DELETE", `${prefix}/${name}`),
});

export const gpuSpec = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  displayName: `GPU ${name}`,
  category: "gpu",
  resources: { cpu: "16", memory: "64Gi", gpu: "1", gpuType: "NVIDIA-H200", ephemeralStorage: "300" },
  platforms: {
    generic: { nodeSelector: { "gpu.nvidia.com/class": "H200" }, tolerations: [], labels: {}, annotations: {} },
  },
  ...extra,
});

export const cpuSpec = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  displayName: `CPU ${name}`,
  category: "cpu",
  resources: { cpu: "2", memory: "4Gi", ephemeralStorage: "30" },
  ...extra,
});
