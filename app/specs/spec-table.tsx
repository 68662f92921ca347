"use client";
// The spec list, kept light for hundreds of rows: a client component fed
// compact, pre-formatted rows (a server component would render every cell
// twice, to the RSC payload and to HTML); cell styles set once on the table;
// plain anchors, since hundreds of next/link links would each prefetch.
import { DeleteButton } from "@/app/_components/delete-button";
import { SourceBadge, StatusBadge } from "@/app/_components/ui";
import type { SpecRowView } from "@/lib/specs/format";

const HEADERS: [string, string?][] = [
  ["Spec"],
  ["Category"],
  ["GPU"],
  ["CPU"],
  ["Memory"],
  ["Storage", "Ephemeral storage"],
  ["Shared mem", "Shared memory (/dev/shm)"],
  ["Status"],
  ["Source"],
  ["Platforms"],
  ["Updated"],
];

const TABLE =
  "min-w-full divide-y divide-slate-200 [&_th]:px-2.5 [&_th]:py-2 [&_th]:text-left [&_th]:text-xs [&_th]:font-semibold [&_th]:uppercase [&_th]:tracking-wide [&_th]:text-slate-500 [&_td]:whitespace-nowrap [&_td]:px-2.5 [&_td]:py-2.5 [&_td]:text-sm [&_small]:block [&_small]:text-xs [&_small]:text-slate-500";

export function SpecTable({ specs }: { specs: SpecRowView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className={TABLE}>
        <caption className="sr-only">Specs</caption>
        <thead className="bg-slate-50">
          <tr>
            {HEADERS.map(([h, title]) => (
              <th key={h} scope="col" title={title}>
                {h}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {specs.map((s) => (
            <tr
              key={s.name}
              data-spec={s.name}
              className={s.status === "active" ? undefined : "bg-slate-50 text-slate-500"}
            >
              <td>
                <a href={`/specs/${s.name}`} className="font-medium hover:text-indigo-600">
                  {s.displayName}
                </a>
                <small className="font-mono">{s.name}</small>
              </td>
              <td>
                {s.category}
                <small>{s.resourceType}</small>
              </td>
              <td>{s.gpu}</td>
              <td>{s.cpu}</td>
              <td>{s.memory}</td>
              <td>{s.storage}</td>
              <td>{s.shm}</td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>
                <SourceBadge source={s.source} />
              </td>
              <td className="max-w-40 !whitespace-normal !text-xs">{s.platforms}</td>
              <td className="!whitespace-normal !text-xs text-slate-500">{s.updated}</td>
              <td className="text-right">
                <a href={`/specs/${s.name}/edit`} aria-label={`Edit ${s.name}`} className="row-link mr-3">
                  Edit
                </a>
                <DeleteButton kind="spec" name={s.name} label={s.displayName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
