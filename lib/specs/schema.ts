// The one set of spec input rules: used by the API, the console's forms
// (zodResolver) and the YAML loader. No server imports: the browser bundles it.
import { z } from "zod";
import { annotationMap, gpuCount, labelMap, quantity } from "@/lib/k8s/schemas";
import { DNS1123_LABEL, labelValueProblem, qualifiedNameProblem } from "@/lib/k8s/syntax";

export const SPEC_CATEGORIES = ["cpu", "gpu"] as const;
export const RESOURCE_TYPES = ["serverless", "fixed"] as const;
export const SPEC_STATUSES = ["active", "inactive", "deprecated"] as const;
export const TOLERATION_OPERATORS = ["Equal", "Exists"] as const;
export const TOLERATION_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;

export const specNameSchema = z
  .string()
  .min(1, "is required")
  .max(63, "must be at most 63 characters")
  .regex(DNS1123_LABEL, "must be a lowercase DNS-1123 label: a-z, 0-9 and '-', starting and ending alphanumeric");

export const tolerationSchema = z
  .strictObject({
    key: z.string().optional(),
    operator: z.enum(TOLERATION_OPERATORS).default("Equal"),
    value: z.string().optional(),
    effect: z.enum(TOLERATION_EFFECTS).optional(),
    tolerationSeconds: z.number().int().min(0).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.key) {
      const p = qualifiedNameProblem(t.key);
      if (p) ctx.addIssue({ code: "custom", path: ["key"], message: p });
    } else if (t.operator !== "Exists") {
      ctx.addIssue({ code: "custom", path: ["key"], message: "is required unless operator is Exists" });
    }
    if (t.operator === "Exists" && t.value) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "must be empty when operator is Exists" });
    }
    if (t.value) {
      const p = labelValueProblem(t.value);
      if (p) ctx.addIssue({ code: "custom", path: ["value"], message: p });
    }
    if (t.tolerationSeconds !== undefined && t.effect !== "NoExecute") {
      ctx.addIssue({ code: "custom", path: ["tolerationSeconds"], message: "is only allowed with effect NoExecute" });
    }
  });

export const platformSettingsSchema = z.strictObject({
  nodeSelector: labelMap.default({}),
  tolerations: z.array(tolerationSchema).max(50, "at most 50 tolerations").default([]),
  labels: labelMap.default({}),
  annotations: annotationMap.default({}),
});

export const platformsSchema = z.record(z.string(), platformSettingsSchema).superRefine((map, ctx) => {
  for (const name of Object.keys(map)) {
    if (name.length > 63 || !DNS1123_LABEL.test(name)) {
      ctx.addIssue({
        code: "custom",
        path: [name],
        message: `platform name "${name}" must be a lowercase DNS-1123 label (e.g. generic, aws-eks)`,
      });
    }
  }
});

export const resourcesSchema = z.strictObject({
  cpu: quantity('"2" or "500m"').optional(),
  memory: quantity('"4Gi" or "512Mi"'),
  gpu: gpuCount.optional(),
  gpuType: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(100, "must be at most 100 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' or '-' (e.g. NVIDIA-H200)")
    .optional(),
  ephemeralStorage: quantity('"300" (GiB) or "100Gi"'),
  shmSize: quantity('"16Gi"').optional(),
});

const displayName = z.string().trim().min(1, "is required").max(255, "must be at most 255 characters");

type CategoryFields = { category: string; resources: { gpu?: string; gpuType?: string } };

/** Rules that span fields; applied to a create body and to an update's merged result. */
function checkCategory(spec: CategoryFields, ctx: z.RefinementCtx) {
  const { gpu, gpuType } = spec.resources;
  if (spec.category === "gpu") {
    if (gpu === undefined || Number(gpu) < 1) {
      ctx.addIssue({ code: "custom", path: ["resources", "gpu"], message: "a gpu spec needs gpu of at least 1" });
    }
    if (!gpuType)
      ctx.addIssue({ code: "custom", path: ["resources", "gpuType"], message: "a gpu spec needs a gpuType" });
  } else {
    if (gpu !== undefined)
      ctx.addIssue({ code: "custom", path: ["resources", "gpu"], message: "a cpu spec has no gpu" });
    if (gpuType !== undefined)
      ctx.addIssue({ code: "custom", path: ["resources", "gpuType"], message: "a cpu spec has no gpuType" });
  }
}

export const specInputSchema = z
  .strictObject({
    name: specNameSchema,
    displayName,
    category: z.enum(SPEC_CATEGORIES),
    resourceType: z.enum(RESOURCE_TYPES).default("serverless"),
    resources: resourcesSchema,
    platforms: platformsSchema.default({}),
    status: z.enum(SPEC_STATUSES).default("active"),
  })
  .superRefine(checkCategory);

const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** PUT body: every field optional; `null` clears an optional resource. */
export const specUpdateSchema = z.strictObject({
  name: z.string().optional(),
  displayName: displayName.optional(),
  category: z.enum(SPEC_CATEGORIES).optional(),
  resourceType: z.enum(RESOURCE_TYPES).optional(),
  resources: z
    .strictObject({
      cpu: clearable(resourcesSchema.shape.cpu.unwrap()),
      memory: resourcesSchema.shape.memory.optional(),
      gpu: clearable(gpuCount),
      gpuType: clearable(resourcesSchema.shape.gpuType.unwrap()),
      ephemeralStorage: resourcesSchema.shape.ephemeralStorage.optional(),
      shmSize: clearable(resourcesSchema.shape.shmSize.unwrap()),
    })
    .optional(),
  platforms: platformsSchema.optional(),
  status: z.enum(SPEC_STATUSES).optional(),
});

export const categoryFilterSchema = z.enum(SPEC_CATEGORIES).optional();

export type SpecInput = z.output<typeof specInputSchema>;
export type SpecFormValues = z.input<typeof specInputSchema>;
export type SpecUpdate = z.output<typeof specUpdateSchema>;
export type Resources = SpecInput["resources"];
export type Platforms = SpecInput["platforms"];
export type PlatformSettings = z.output<typeof platformSettingsSchema>;
export type Toleration = z.output<typeof tolerationSchema>;
export type SpecCategory = (typeof SPEC_CATEGORIES)[number];
