// The endpoints deployed from a spec, on its detail page.
import Link from "next/link";
import { EndpointStatusBadge, SpecChangedBadge } from "@/app/endpoints/status-badges";
import { listEndpointsForSpec } from "@/lib/endpoints/service";
import { isDatabaseUnavailable } from "@/lib/errors";
import type { Spec } from "@/lib/specs/types";

async function load(name: string) {
  try {
    return await listEndpointsForSpec(name);
  } catch (e) {
    if (isDatabaseUnavailable(e)) return null;
    throw e;
  }
}

export async function SpecEndpoints({ spec }: { spec: Spec }) {
  const endpoints = await load(spec.name);
  const deployable = spec.status === "active" || spec.status === "deprecated";
  return (
    <section aria-label="Endpoints using this spec" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">Endpoints</h2>
        {deployable && (
          <Link
            href={`/endpoints/new?spec=${spec.name}`}
            className="text-sm font-medium text-indigo-600 hover:text-indigo-500"
          >
            Deploy with this spec
          </Link>
        )}
      </div>
      {endpoints === null ? (
        <p className="mt-2 text-sm text-amber-700">Unavailable while the database is unreachable.</p>
      ) : endpoints.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No endpoint uses this spec.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {endpoints.map((e) => (
            <li key={e.name} className="flex items-center justify-between gap-2 py-2 text-sm">
              <Link href={`/endpoints/${e.name}`} className="font-mono text-indigo-600">
                {e.name}
              </Link>
              <span className="flex gap-1">
                <EndpointStatusBadge status={e.status} />
                <SpecChangedBadge endpoint={e} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
