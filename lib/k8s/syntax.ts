// Kubernetes syntax rules, shared by the browser (forms) and the server.
// Sources: k8s.io/apimachinery validation (IsDNS1123Label, IsQualifiedName,
// IsValidLabelValue) and resource.Quantity's grammar.

export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUANTITY = /^(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** Why `key` is not a valid label / annotation key, or null when it is. */
export function qualifiedNameProblem(key: string): string | null {
  const parts = key.split("/");
  if (parts.length > 2) return "may contain at most one '/'";
  const name = parts.length === 2 ? parts[1]! : parts[0]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (!prefix) return "prefix before '/' must not be empty";
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) {
      return "prefix must be a lowercase DNS subdomain (e.g. example.com)";
    }
  }
  if (!name) return "name part must not be empty";
  if (name.length > 63) return "name part must be at most 63 characters";
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "name part must be alphanumeric, '-', '_' or '.', starting and ending alphanumeric";
  }
  return null;
}

export function labelValueProblem(value: string): string | null {
  if (value.length > 63) return "must be at most 63 characters";
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or alphanumeric, '-', '_' or '.', starting and ending alphanumeric";
  }
  return null;
}

export function isQuantity(value: string): boolean {
  return QUANTITY.test(value);
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** Approximate numeric value (for comparisons and display only, never for rendering). */
export function quantityValue(value: string): number {
  const m = QUANTITY.exec(value);
  if (!m) return NaN;
  const suffix = m[3] ?? "";
  const base = Number(m[1]);
  if (suffix in BINARY) return base * BINARY[suffix]!;
  if (suffix in DECIMAL) return base * DECIMAL[suffix]!;
  return Number(value);
}

/** Ephemeral storage: a bare number means GiB (waverless convention, "300" = 300Gi). */
export function ephemeralStorageQuantity(value: string): string {
  return /^\d+(\.\d+)?$/.test(value) ? `${value}Gi` : value;
}

/** GiB, for display. */
export function toGiB(quantity: string): number {
  return quantityValue(quantity) / 2 ** 30;
}
