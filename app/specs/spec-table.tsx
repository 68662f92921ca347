import Link from "next/link";
import { DeleteButton } from "@/app/_components/delete-button";
import { SpecDeleteText } from "@/app/specs/spec-delete-text";
import { SourceBadge, StatusBadge } from "@/app/_components/ui";
import { cpuLabel, formatDate, gpuLabel, storageGiB } from "@/lib/specs/format";
import type { Spec } from "@/lib/specs/types";

const th = "px-2.5 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const td = "px-2.5 py-2.5 text-sm whitespace-nowrap";

export function SpecTable({ specs }: { specs: Spec[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">Specs</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Spec</th>
            <th scope="col" className={th}>Category</th>
            <th scope="col" className={th}>GPU</th>
            <th scope="col" className={th}>CPU</th>
            <th scope="col" className={th}>Memory</th>
            <th scope="col" className={th} title="Ephemeral storage">Storage</th>
            <th scope="col" className={th} title="Shared memory (/dev/shm)">Shared mem</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={th}>Platforms</th>
            <th scope="col" className={th}>Updated</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {specs.map((s) => (
            <tr key={s.name} data-spec={s.name} className={s.status === "active" ? "" : "bg-slate-50/70 text-slate-500"}>
              <td className={td}>
                <Link href={`/specs/${s.name}`} className="font-medium text-slate-900 hover:text-indigo-600">{s.displayName}</Link>
                <div className="font-mono text-xs text-slate-500">{s.name}</div>
              </td>
              <td className={td}>
                <span className="uppercase">{s.category}</span>
                <div className="text-xs text-slate-500">{s.resourceType}</div>
              </td>
              <td className={td}>{gpuLabel(s.resources)}</td>
              <td className={td}>{cpuLabel(s.resources.cpu)}</td>
              <td className={td}>{s.resources.memory}</td>
              <td className={td}>{storageGiB(s.resources.ephemeralStorage)}</td>
              <td className={td}>{s.resources.shmSize ?? "—"}</td>
              <td className={td}><StatusBadge status={s.status} /></td>
              <td className={td}><SourceBadge source={s.source} /></td>
              <td className={`${td} max-w-40 whitespace-normal text-xs`}>{Object.keys(s.platforms).join(", ") || "—"}</td>
              <td className={`${td} text-xs text-slate-500`}>{s.updatedAt ? formatDate(s.updatedAt) : "from YAML"}</td>
              <td className={`${td} text-right`}>
                <div className="flex justify-end gap-3">
                  <Link href={`/specs/${s.name}/edit`} aria-label={`Edit ${s.name}`} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">Edit</Link>
                  <DeleteButton kind="spec" name={s.name}><SpecDeleteText spec={s} /></DeleteButton>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
