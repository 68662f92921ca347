// All Prisma access for spec_endpoints.
import { db } from "@/lib/db/client";
import { dbCall } from "@/lib/db/errors";
import type { EndpointInput } from "./schema";

export type EndpointRow = Awaited<ReturnType<ReturnType<typeof db>["endpoint"]["findFirstOrThrow"]>>;

export type EndpointRecord = {
  input: EndpointInput;
  platform: string | null;
  specHash: string;
  manifestYaml: string;
  provider: string;
  status: string;
  statusMessage?: string | null;
};

const columns = (r: EndpointRecord) => ({
  specName: r.input.specName,
  image: r.input.image,
  replicas: r.input.replicas,
  gpuCount: r.input.gpuCount ?? null,
  env: r.input.env,
  shmSize: r.input.shmSize ?? null,
  labels: r.input.labels,
  annotations: r.input.annotations,
  platform: r.platform,
  specHash: r.specHash,
  manifest: r.manifestYaml,
  provider: r.provider,
  status: r.status,
  statusMessage: r.statusMessage ?? null,
});

export const endpointRepository = {
  list(): Promise<EndpointRow[]> {
    return dbCall(() => db().endpoint.findMany({ orderBy: { name: "asc" } }));
  },
  byName(name: string): Promise<EndpointRow | null> {
    return dbCall(() => db().endpoint.findUnique({ where: { name } }));
  },
  async namesUsingSpec(specName: string): Promise<string[]> {
    const rows = await dbCall(() =>
      db().endpoint.findMany({ where: { specName }, select: { name: true }, orderBy: { name: "asc" } }),
    );
    return rows.map((r) => r.name);
  },
  create(r: EndpointRecord): Promise<EndpointRow> {
    return dbCall(() => db().endpoint.create({ data: { name: r.input.endpoint, ...columns(r) } }));
  },
  update(r: EndpointRecord): Promise<EndpointRow> {
    return dbCall(() => db().endpoint.update({ where: { name: r.input.endpoint }, data: columns(r) }));
  },
  async delete(name: string): Promise<void> {
    await dbCall(() => db().endpoint.delete({ where: { name } }));
  },
};
