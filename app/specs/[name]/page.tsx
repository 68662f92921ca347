// /specs/:name – everything about one spec, its platforms and a YAML view.
import yaml from "js-yaml";
import Link from "next/link";
import { DeleteButton } from "@/app/_components/delete-button";
import { Badge, buttonClass, Notice, PageHeader, SourceBadge, StatusBadge } from "@/app/_components/ui";
import { cpuLabel, formatDate, gpuLabel, storageGiB } from "@/lib/specs/format";
import { specToInput } from "@/lib/specs/mapping";
import { SpecEndpoints } from "./spec-endpoints";
import { loadSpecOr404 } from "./load-spec";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: decodeURIComponent((await params).name) };
}

const Item = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
    <dd className="mt-1 text-sm text-slate-900">{children}</dd>
  </div>
);

const Pairs = ({ map }: { map: Record<string, string> }) =>
  Object.keys(map).length === 0 ? (
    <span className="text-slate-400">none</span>
  ) : (
    <ul className="space-y-0.5 font-mono text-xs">
      {Object.entries(map).map(([k, v]) => (
        <li key={k}>
          {k}: {v}
        </li>
      ))}
    </ul>
  );

export default async function SpecDetailPage({ params }: Props) {
  const { spec, degraded } = await loadSpecOr404((await params).name);
  const r = spec.resources;
  return (
    <>
      <PageHeader
        back={{ href: "/specs", label: "All specs" }}
        title={
          <span className="flex items-center gap-3">
            {spec.displayName} <StatusBadge status={spec.status} /> <SourceBadge source={spec.source} />
          </span>
        }
        subtitle={<span className="font-mono">{spec.name}</span>}
        actions={
          <>
            <Link href={`/specs/${spec.name}/edit`} className={buttonClass.secondary}>
              Edit
            </Link>
            <DeleteButton kind="spec" name={spec.name} label={spec.displayName} variant="button" />
          </>
        }
      />
      {degraded && (
        <Notice tone="warning">
          The database is unreachable: this is the YAML baseline&apos;s version of the spec.
        </Notice>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
          <h2 className="text-base font-semibold">Resources</h2>
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
            <Item label="Category">{spec.category.toUpperCase()}</Item>
            <Item label="GPU">{gpuLabel(r)}</Item>
            <Item label="CPU">
              {cpuLabel(r.cpu)}
              {spec.category === "gpu" && r.cpu ? " per GPU" : ""}
            </Item>
            <Item label="Memory">
              {r.memory}
              {spec.category === "gpu" ? " per GPU" : ""}
            </Item>
            <Item label="Ephemeral storage">{storageGiB(r.ephemeralStorage)}</Item>
            <Item label="Shared memory">{r.shmSize ?? "—"}</Item>
            <Item label="Resource type">{spec.resourceType}</Item>
            <Item label="Created">{formatDate(spec.createdAt)}</Item>
            <Item label="Updated">{formatDate(spec.updatedAt)}</Item>
          </dl>
          <h2 className="mt-8 text-base font-semibold">Platforms</h2>
          {Object.keys(spec.platforms).length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">No platform settings.</p>
          ) : (
            <div className="mt-3 space-y-4">
              {Object.entries(spec.platforms).map(([name, p]) => (
                <div key={name} className="rounded-md border border-slate-200 p-4">
                  <h3 className="font-mono text-sm font-semibold">{name}</h3>
                  <dl className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
                    <Item label="Node selector">
                      <Pairs map={p.nodeSelector} />
                    </Item>
                    <Item label="Tolerations">
                      {p.tolerations.length === 0 ? (
                        <span className="text-slate-400">none</span>
                      ) : (
                        <ul className="space-y-1">
                          {p.tolerations.map((t, i) => (
                            <li key={i} className="font-mono text-xs">
                              {t.key ?? "*"} {t.operator === "Exists" ? "exists" : `= ${t.value ?? ""}`}{" "}
                              {t.effect && <Badge tone="gray">{t.effect}</Badge>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </Item>
                    <Item label="Pod labels">
                      <Pairs map={p.labels} />
                    </Item>
                    <Item label="Pod annotations">
                      <Pairs map={p.annotations} />
                    </Item>
                  </dl>
                </div>
              ))}
            </div>
          )}
        </section>
        <div className="space-y-6">
          <SpecEndpoints spec={spec} />
          <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-base font-semibold">YAML</h2>
            <p className="mt-1 text-xs text-slate-500">As an entry of specs.yaml.</p>
            <pre
              aria-label="Spec as YAML"
              className="mt-3 overflow-x-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100"
            >
              {yaml.dump([specToInput(spec)], { noRefs: true, lineWidth: -1 })}
            </pre>
          </section>
        </div>
      </div>
    </>
  );
}
