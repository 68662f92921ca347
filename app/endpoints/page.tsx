// /endpoints – endpoints deployed from specs
import type { Metadata } from "next";
import Link from "next/link";
import { DeleteButton } from "@/app/_components/delete-button";
import { buttonClass, EmptyState, Notice, PageHeader } from "@/app/_components/ui";
import { appEnv } from "@/lib/config/env";
import { listEndpoints } from "@/lib/endpoints/service";
import { isDatabaseUnavailable } from "@/lib/errors";
import { formatDate } from "@/lib/specs/format";
import { EndpointStatusBadge, SpecChangedBadge } from "./status-badges";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Endpoints" };

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const td = "px-3 py-2.5 text-sm whitespace-nowrap";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function EndpointsPage({ searchParams }: Props) {
  const params = await searchParams;
  const endpoints = await listEndpoints().catch((e) => {
    if (isDatabaseUnavailable(e)) return null;
    throw e;
  });
  const env = appEnv();
  const flash = (["created", "deleted"] as const).find((k) => params[k]);
  return (
    <>
      <PageHeader
        title="Endpoints"
        subtitle={`Inference Deployments rendered from specs · provider ${env.endpointProvider}${env.endpointProvider === "kubernetes" ? ` (namespace ${env.k8sNamespace})` : ""} · platform ${env.k8sPlatform}`}
        actions={
          <Link href="/endpoints/new" className={buttonClass.primary}>
            Create endpoint
          </Link>
        }
      />
      {flash && (
        <Notice tone="success">
          Endpoint “{params[flash]}” {flash}.
        </Notice>
      )}
      {endpoints === null ? (
        <Notice tone="warning">
          The database is unreachable, so endpoints cannot be listed right now. Try again shortly.
        </Notice>
      ) : endpoints.length === 0 ? (
        <EmptyState
          title={"No endpoints yet"}
          text={"Pick a spec and an image; the Deployment is rendered for you."}
          action={{ href: "/endpoints/new", label: "Create endpoint" }}
        />
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">Endpoints</caption>
            <thead className="bg-slate-50">
              <tr>
                {["Endpoint", "Spec", "Image", "Replicas", "Status", "Spec changed?", "Updated"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
                <th scope="col" className={th}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {endpoints.map((e) => (
                <tr key={e.name} data-endpoint={e.name}>
                  <td className={td}>
                    <Link
                      href={`/endpoints/${e.name}`}
                      className="font-mono font-medium text-slate-900 hover:text-indigo-600"
                    >
                      {e.name}
                    </Link>
                  </td>
                  <td className={td}>
                    <Link href={`/specs/${e.specName}`} className="font-mono text-indigo-600 hover:text-indigo-500">
                      {e.specName}
                    </Link>
                    {e.gpuCount ? <span className="text-xs text-slate-500"> × {e.gpuCount} GPU</span> : null}
                  </td>
                  <td className={`${td} max-w-xs truncate font-mono text-xs`} title={e.image}>
                    {e.image}
                  </td>
                  <td className={td}>{e.replicas}</td>
                  <td className={td}>
                    <EndpointStatusBadge status={e.status} />
                  </td>
                  <td className={td}>
                    <SpecChangedBadge endpoint={e} />
                  </td>
                  <td className={`${td} text-xs text-slate-500`}>{formatDate(e.updatedAt)}</td>
                  <td className={`${td} text-right`}>
                    <DeleteButton kind="endpoint" name={e.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
