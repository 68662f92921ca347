// /endpoints/:name – one endpoint, its status and the manifest for kubectl
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/app/_components/delete-button";
import { buttonClass, PageHeader } from "@/app/_components/ui";
import { getEndpointManifestYaml, getEndpointOrThrow } from "@/lib/endpoints/service";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/specs/format";
import { ReapplyButton } from "../reapply-button";
import { EndpointStatusBadge, SpecChangedBadge } from "../status-badges";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }> };

async function load(name: string) {
  try {
    return await Promise.all([getEndpointOrThrow(name), getEndpointManifestYaml(name)]);
  } catch (e) {
    if (AppError.is(e) && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function EndpointPage({ params }: Props) {
  const { name } = await params;
  const [e, manifest] = await load(name);
  return (
    <>
      <PageHeader
        back={{ href: "/endpoints", label: "All endpoints" }}
        title={
          <span className="flex items-center gap-3 font-mono">
            {e.name} <EndpointStatusBadge status={e.status} />
          </span>
        }
        subtitle={e.status.message}
        actions={
          <>
            {e.specChanged && !["missing", "invalid"].includes(e.specStatus) && <ReapplyButton name={e.name} />}
            <Link href={`/endpoints/${e.name}/edit`} className={buttonClass.secondary}>
              Edit
            </Link>
            <DeleteButton kind="endpoint" name={e.name} variant="button" />
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-xs uppercase text-slate-500">Spec</dt>
              <dd>
                <Link className="font-mono text-indigo-600" href={`/specs/${e.specName}`}>
                  {e.specName}
                </Link>{" "}
                <SpecChangedBadge endpoint={e} />
              </dd>
            </div>
            <div>
              <dt className="text-xs uppercase text-slate-500">Image</dt>
              <dd className="break-all font-mono">{e.image}</dd>
            </div>
            <div>
              <dt className="text-xs uppercase text-slate-500">Replicas</dt>
              <dd>{e.replicas}</dd>
            </div>
            {e.gpuCount && (
              <div>
                <dt className="text-xs uppercase text-slate-500">GPUs per replica</dt>
                <dd>{e.gpuCount}</dd>
              </div>
            )}
            <div>
              <dt className="text-xs uppercase text-slate-500">Provider / platform</dt>
              <dd>
                {e.provider} / {e.platform ?? "none"}
              </dd>
            </div>
            <div>
              <dt className="text-xs uppercase text-slate-500">Updated</dt>
              <dd>{formatDate(e.updatedAt)}</dd>
            </div>
          </dl>
        </section>
        <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
          <div className="flex items-center justify-between">
            <h2 className="text-base font-semibold">Deployment manifest</h2>
            <a href={`/api/v1/endpoints/${e.name}/manifest`} className="text-sm font-medium text-indigo-600">
              Raw YAML
            </a>
          </div>
          <p className="mt-1 text-xs text-slate-500">
            Apply with: <code>curl -s {`/api/v1/endpoints/${e.name}/manifest`} | kubectl apply -f -</code>
          </p>
          <pre
            aria-label="Deployment manifest"
            className="mt-3 overflow-x-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100"
          >
            {manifest}
          </pre>
        </section>
      </div>
    </>
  );
}
