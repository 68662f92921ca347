// zod pieces for Kubernetes values, shared by the spec and endpoint schemas.
// Browser-safe.
import { z } from "zod";
import { isQuantity, labelValueProblem, qualifiedNameProblem, quantityValue } from "./syntax";

export const quantity = (example: string) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .max(50, "must be at most 50 characters")
    .refine(isQuantity, `must be a Kubernetes quantity such as ${example}`)
    .refine((v) => !isQuantity(v) || quantityValue(v) > 0, "must be greater than zero");

export const gpuCount = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d+$/.test(v), "must be a whole number")
  .refine((v) => !/^\d+$/.test(v) || Number(v) <= 64, "must be at most 64");

const stringMap = (check: (key: string, value: string) => string | null) =>
  z.record(z.string(), z.string()).superRefine((map, ctx) => {
    for (const [key, value] of Object.entries(map)) {
      const problem = check(key, value);
      if (problem) ctx.addIssue({ code: "custom", path: [key], message: problem });
    }
  });

export const labelMap = stringMap((key, value) => {
  const k = qualifiedNameProblem(key);
  if (k) return `key "${key}" ${k}`;
  const v = labelValueProblem(value);
  return v ? `value "${value}" ${v}` : null;
});

export const annotationMap = stringMap((key) => {
  const k = qualifiedNameProblem(key);
  return k ? `key "${key}" ${k}` : null;
});
