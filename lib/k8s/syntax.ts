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
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

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

/**
 * A quantity times a whole number, exactly and in the same unit:
 * "500m" × 3 = "1500m", "1.5" × 2 = "3", "4Gi" × 2 = "8Gi", "0.25Gi" × 3 = "0.75Gi".
 */
export function multiplyQuantity(value: string, factor: number): string {
  const m = QUANTITY.exec(value);
  if (!m || !Number.isInteger(factor) || factor < 0) throw new Error(`cannot multiply "${value}" by ${factor}`);
  const number = m[1]!;
  const suffix = m[3] ?? "";
  const [whole = "", fraction = ""] = number.split(".");
  const scaled = (BigInt((whole || "0") + fraction) * BigInt(factor)).toString().padStart(fraction.length + 1, "0");
  if (!fraction) return `${scaled}${suffix}`;
  const int = scaled.slice(0, -fraction.length);
  const frac = scaled.slice(-fraction.length).replace(/0+$/, "");
  return `${frac ? `${int}.${frac}` : int}${suffix}`;
}

// Image references as the container runtime parses them (distribution/reference).
const IMAGE_HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
const IMAGE_PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const IMAGE_TAG = /^[\w][\w.-]{0,127}$/;
const IMAGE_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/** Why `ref` is not a valid image reference, or null. */
export function imageReferenceProblem(ref: string): string | null {
  if (!ref) return "is required";
  if (ref.length > 512) return "must be at most 512 characters";
  let rest = ref;
  const at = rest.indexOf("@");
  if (at >= 0) {
    if (!IMAGE_DIGEST.test(rest.slice(at + 1))) return "has an invalid digest (expected e.g. @sha256:<64 hex>)";
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > slash) {
    if (!IMAGE_TAG.test(rest.slice(colon + 1)))
      return "has an invalid tag (letters, digits, '_', '.', '-'; at most 128)";
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  const first = parts[0]!;
  if (
    parts.length > 1 &&
    (first.includes(".") || first.includes(":") || first === "localhost" || first.startsWith("["))
  ) {
    if (!IMAGE_HOST.test(first)) return `has an invalid registry host "${first}"`;
    parts.shift();
  }
  if (parts.length === 0 || parts.some((p) => !IMAGE_PATH_COMPONENT.test(p))) {
    return "must be a lowercase image name such as registry.example.com/team/model:v1";
  }
  return null;
}
