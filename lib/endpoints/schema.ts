// Endpoint inputs: the seed's body plus optional extras. Browser-safe: the
// console's form validates with these too.
import { z } from "zod";
import { annotationMap, labelMap, quantity } from "@/lib/k8s/schemas";
import { DNS1123_LABEL, imageReferenceProblem } from "@/lib/k8s/syntax";

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export const endpointNameSchema = z
  .string()
  .min(1, "is required")
  .max(63, "must be at most 63 characters")
  .regex(DNS1123_LABEL, "must be a lowercase DNS-1123 label: a-z, 0-9 and '-', starting and ending alphanumeric");

const image = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const p = imageReferenceProblem(v);
    if (p) ctx.addIssue({ code: "custom", message: p });
  });

const envMap = z.record(z.string(), z.string().max(32_768, "must be at most 32 KiB")).superRefine((env, ctx) => {
  for (const key of Object.keys(env)) {
    if (!ENV_NAME.test(key))
      ctx.addIssue({ code: "custom", path: [key], message: `"${key}" is not a valid environment variable name` });
  }
});

const replicas = z.number().int("must be a whole number").min(0, "must be at least 0").max(100, "must be at most 100");
const gpuCount = z.number().int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64");

export const endpointCreateSchema = z.strictObject({
  endpoint: endpointNameSchema,
  specName: z.string().trim().min(1, "is required").max(100),
  image,
  replicas: replicas.default(1),
  gpuCount: gpuCount.optional(),
  env: envMap.default({}),
  shmSize: quantity('"16Gi"').optional(),
  labels: labelMap.default({}),
  annotations: annotationMap.default({}),
});

export const endpointUpdateSchema = z.strictObject({
  image: image.optional(),
  replicas: replicas.optional(),
  specName: z.string().trim().min(1, "is required").max(100).optional(),
  gpuCount: gpuCount.nullable().optional(),
  env: envMap.optional(),
});

export type EndpointInput = z.output<typeof endpointCreateSchema>;
export type EndpointFormValues = z.input<typeof endpointCreateSchema>;
export type EndpointUpdate = z.output<typeof endpointUpdateSchema>;
