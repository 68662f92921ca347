// Environment, validated once. An invalid value stops start-up with one message.
import path from "node:path";
import { z } from "zod";

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; file: string }
  | {
      provider: "mysql";
      url: string;
      host: string;
      port: number;
      user: string;
      password: string;
      database: string;
    };

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(file:|mysql:\/\/|mariadb:\/\/)/.test(v), {
      message: "must start with file:, mysql:// or mariadb://",
    }),
  SPECS_YAML: z.string().trim().min(1).default("config/specs.yaml"),
  K8S_PLATFORM: z
    .string()
    .trim()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a lowercase platform name such as generic")
    .default("generic"),
  ENDPOINT_PROVIDER: z.enum(["record", "kubernetes"], { message: "must be record or kubernetes" }).default("record"),
  K8S_NAMESPACE: z
    .string()
    .trim()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a Kubernetes namespace name")
    .max(63)
    .default("default"),
  K8S_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
});

export type AppEnv = {
  port: number;
  database: DatabaseConfig;
  specsYaml: string;
  k8sPlatform: string;
  endpointProvider: "record" | "kubernetes";
  k8sNamespace: string;
  k8sRequestTimeoutMs: number;
};

export class ConfigError extends Error {}

export const DEFAULT_SQLITE_URL = "file:data/waverless-specs.db";

export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseConfig {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new ConfigError("DATABASE_URL: file: needs a path, e.g. file:data/specs.db");
    return { provider: "sqlite", url, file: path.resolve(cwd, file) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError("DATABASE_URL: not a valid URL (expected mysql://user:pass@host:3306/db)");
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new ConfigError("DATABASE_URL: the database name is missing (…:3306/<db>)");
  return {
    provider: "mysql",
    url,
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || "root"),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

export function loadEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const result = envSchema.safeParse({
    PORT: env.PORT || undefined,
    DATABASE_URL: env.DATABASE_URL || undefined,
    SPECS_YAML: env.SPECS_YAML || undefined,
    K8S_PLATFORM: env.K8S_PLATFORM || undefined,
    ENDPOINT_PROVIDER: env.ENDPOINT_PROVIDER || undefined,
    K8S_NAMESPACE: env.K8S_NAMESPACE || undefined,
    K8S_REQUEST_TIMEOUT_MS: env.K8S_REQUEST_TIMEOUT_MS || undefined,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid environment: ${issue.path.join(".")} ${issue.message}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    database: parseDatabaseUrl(e.DATABASE_URL ?? DEFAULT_SQLITE_URL),
    specsYaml: path.resolve(e.SPECS_YAML),
    k8sPlatform: e.K8S_PLATFORM,
    endpointProvider: e.ENDPOINT_PROVIDER,
    k8sNamespace: e.K8S_NAMESPACE,
    k8sRequestTimeoutMs: e.K8S_REQUEST_TIMEOUT_MS,
  };
}

let cached: AppEnv | undefined;
/** The process's environment, parsed on first use. */
export function appEnv(): AppEnv {
  return (cached ??= loadEnv());
}
