// Rendering rules: units, exact multiplication, platform resolution, shm,
// labels, and validity against the Kubernetes apps/v1 Deployment schema.
import fs from "node:fs";
import { Deployment } from "kubernetes-models/apps/v1";
import { describe, expect, it } from "vitest";
import { containerResources, resolvePlatform } from "@/lib/endpoints/resources";
import { renderDeployment, SPEC_HASH_ANNOTATION } from "@/lib/endpoints/render";
import { endpointCreateSchema } from "@/lib/endpoints/schema";
import { multiplyQuantity } from "@/lib/k8s/syntax";
import { parseSpecsYaml } from "@/lib/specManager/yaml-source";
import type { Spec } from "@/lib/specs/types";

const shipped = parseSpecsYaml(fs.readFileSync("config/specs.yaml", "utf8"), "config/specs.yaml").specs;
const spec = (name: string) => shipped.find((s) => s.name === name)!;
const endpoint = (extra: Record<string, unknown> = {}) =>
  endpointCreateSchema.parse({
    endpoint: "my-app",
    specName: "x",
    image: "registry.example.com/team/model:v1",
    replicas: 2,
    ...extra,
  });

const gpuSpec = (resources: Partial<Spec["resources"]>, platforms: Spec["platforms"] = {}): Spec => ({
  name: "gpu-x",
  displayName: "x",
  category: "gpu",
  resourceType: "serverless",
  status: "active",
  source: "database",
  resources: { memory: "4Gi", ephemeralStorage: "300", gpu: "4", gpuType: "NVIDIA-H200", ...resources },
  platforms,
});

const settings = (nodeSelector: Record<string, string>) => ({
  nodeSelector,
  tolerations: [],
  labels: {},
  annotations: {},
});

describe("quantities", () => {
  it.each([
    ["500m", 3, "1500m"],
    ["1.5", 2, "3"],
    ["4Gi", 2, "8Gi"],
    ["0.25Gi", 3, "0.75Gi"],
    ["16", 1, "16"],
    ["100Gi", 8, "800Gi"],
    ["1e3", 2, "2e3"],
    ["0.1", 3, "0.3"],
    ["2.5M", 4, "10M"],
  ])("%s × %i = %s", (q, n, expected) => expect(multiplyQuantity(q, n)).toBe(expected));

  it("multiplies cpu and memory per GPU, sets nvidia.com/gpu, renders storage with its unit", () => {
    expect(containerResources(gpuSpec({ cpu: "500m", memory: "1.5Gi" }), 3)).toEqual({
      cpu: "1500m",
      memory: "4.5Gi",
      "ephemeral-storage": "300Gi",
      "nvidia.com/gpu": "3",
    });
    expect(containerResources(spec("cpu-2c4g"))).toEqual({ cpu: "2", memory: "4Gi", "ephemeral-storage": "30Gi" });
    expect(containerResources(gpuSpec({ ephemeralStorage: "100G" }))["ephemeral-storage"]).toBe("100G");
  });
});

describe("platform resolution", () => {
  const both = { generic: settings({ a: "generic" }), "aws-eks": settings({ a: "eks" }) };
  it("takes the exact key, else generic, else the only entry, else none", () => {
    expect(resolvePlatform(both, "aws-eks")?.name).toBe("aws-eks");
    expect(resolvePlatform(both, "aliyun-ack")?.name).toBe("generic");
    expect(resolvePlatform({ "aws-eks": settings({}) }, "aliyun-ack")?.name).toBe("aws-eks");
    expect(resolvePlatform({ "aws-eks": settings({}), "aliyun-ack": settings({}) }, "gke")).toBeNull();
    expect(resolvePlatform({}, "generic")).toBeNull();
  });

  it("puts nodeSelector and tolerations on the pod spec, labels and annotations on the template", () => {
    const s = spec("h200-single");
    const { manifest, platform } = renderDeployment(s, endpoint({ gpuCount: 1 }), { platform: "aws-eks" });
    const pod = (manifest.spec.template as any).spec;
    expect(platform).toBe("aws-eks");
    expect(pod.nodeSelector).toEqual({ "node.kubernetes.io/instance-type": "p5en.48xlarge" });
    expect(pod.tolerations).toEqual([
      { key: "hardware-type/h200", operator: "Equal", value: "gpu", effect: "NoSchedule" },
    ]);
  });
});

describe("deployment rendering", () => {
  it("labels the pod with app, managed-by and the spec, annotates the settings hash", () => {
    const s = gpuSpec(
      { cpu: "8" },
      {
        generic: {
          nodeSelector: {},
          tolerations: [],
          labels: { team: "ml", app: "spoofed" },
          annotations: { "prometheus.io/scrape": "true" },
        },
      },
    );
    const { manifest, specHash } = renderDeployment(
      s,
      endpoint({ labels: { tier: "gold" }, annotations: { owner: "alice" } }),
      { platform: "generic" },
    );
    const template = manifest.spec.template as any;
    expect(template.metadata.labels).toEqual({
      app: "my-app",
      "app.kubernetes.io/name": "my-app",
      "app.kubernetes.io/managed-by": "waverless-specs",
      "waverless.io/spec": "gpu-x",
      team: "ml",
      tier: "gold",
    });
    expect(template.metadata.annotations).toEqual({
      "prometheus.io/scrape": "true",
      owner: "alice",
      [SPEC_HASH_ANNOTATION]: specHash,
    });
    expect(manifest.spec.selector).toEqual({ matchLabels: { app: "my-app" } });
    expect(specHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("mounts shmSize (the endpoint's, else the spec's) as an in-memory emptyDir at /dev/shm", () => {
    const s = gpuSpec({ shmSize: "16Gi" });
    const pod = (m: ReturnType<typeof renderDeployment>) => (m.manifest.spec.template as any).spec;
    const fromSpec = pod(renderDeployment(s, endpoint(), { platform: "generic" }));
    expect(fromSpec.volumes).toEqual([{ name: "dshm", emptyDir: { medium: "Memory", sizeLimit: "16Gi" } }]);
    expect(fromSpec.containers[0].volumeMounts).toEqual([{ name: "dshm", mountPath: "/dev/shm" }]);
    expect(
      pod(renderDeployment(s, endpoint({ shmSize: "32Gi" }), { platform: "generic" })).volumes[0].emptyDir.sizeLimit,
    ).toBe("32Gi");
    expect(pod(renderDeployment(gpuSpec({}), endpoint(), { platform: "generic" })).volumes).toBeUndefined();
  });

  it("passes env, replicas and image through, and the hash changes only with the spec's settings", () => {
    const s = gpuSpec({ cpu: "8" });
    const a = renderDeployment(s, endpoint({ env: { MODEL: "llama", HF_HOME: "/cache" } }), { platform: "generic" });
    const container = (a.manifest.spec.template as any).spec.containers[0];
    expect(container.env).toEqual([
      { name: "MODEL", value: "llama" },
      { name: "HF_HOME", value: "/cache" },
    ]);
    expect(container.image).toBe("registry.example.com/team/model:v1");
    expect(a.manifest.spec.replicas).toBe(2);
    expect(renderDeployment(s, endpoint({ replicas: 5, image: "other:v2" }), { platform: "generic" }).specHash).toBe(
      a.specHash,
    );
    expect(renderDeployment(gpuSpec({ cpu: "16" }), endpoint(), { platform: "generic" }).specHash).not.toBe(a.specHash);
  });

  const platforms = ["generic", "aliyun-ack", "aws-eks", "gke"];
  const cases = shipped.flatMap((s) => platforms.map((p) => [s.name, p] as const));
  it.each(cases)("%s on %s is a valid apps/v1 Deployment", (name, platform) => {
    const s = spec(name);
    const gpus = s.category === "gpu" ? { gpuCount: Number(s.resources.gpu) } : {};
    const { manifest } = renderDeployment(s, endpoint({ ...gpus, env: { A: "1" }, shmSize: "1Gi" }), {
      platform,
      namespace: "inference",
    });
    expect(() => new Deployment(manifest as any).validate()).not.toThrow();
  });

  it("the validator does reject a broken manifest (so the checks above can fail)", () => {
    const { manifest } = renderDeployment(spec("cpu-2c4g"), endpoint(), { platform: "generic" });
    (manifest.spec.template as any).spec.containers[0].resources.limits.cpu = "two cores";
    expect(() => new Deployment(manifest as any).validate()).toThrow(/quantity/);
  });
});
