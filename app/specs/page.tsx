// /specs – every spec the SpecManager knows (database overlay on the YAML
// baseline), filtered by ?category= and ?q= so views can be bookmarked.
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, Notice, PageHeader, buttonClass } from "@/app/_components/ui";
import { specRow } from "@/lib/specs/format";
import { listHref, matchesSearch, parseListQuery } from "@/lib/specs/query";
import { listSpecs } from "@/lib/specs/service";
import { SpecTable } from "./spec-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Specs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SpecsPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = parseListQuery(params);
  const { specs, degraded } = await listSpecs();
  const searched = specs.filter((s) => matchesSearch(s, query.q));
  const shown = searched.filter((s) => !query.category || s.category === query.category);
  const counts = {
    all: searched.length,
    cpu: searched.filter((s) => s.category === "cpu").length,
    gpu: searched.filter((s) => s.category === "gpu").length,
  };
  const flash = (["created", "updated", "deleted"] as const).find((k) => typeof params[k] === "string");

  return (
    <>
      <PageHeader
        title="Hardware specs"
        subtitle="Named resource profiles for inference endpoints. Changes apply at once, no restart."
        actions={
          <Link href="/specs/new" className={buttonClass.primary}>
            Create spec
          </Link>
        }
      />
      {flash && (
        <Notice tone="success">
          Spec “{String(params[flash])}” {flash}.
        </Notice>
      )}
      {degraded && (
        <Notice tone="warning">
          The database is unreachable. Showing the YAML baseline only; changes cannot be saved until it is back.
        </Notice>
      )}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <nav aria-label="Category" className="inline-flex rounded-md shadow-sm">
          {(
            [
              ["ALL", undefined, counts.all],
              ["CPU", "cpu", counts.cpu],
              ["GPU", "gpu", counts.gpu],
            ] as const
          ).map(([label, category, count], i) => {
            const current = query.category === category;
            return (
              <Link
                key={label}
                href={listHref(query, { category })}
                aria-current={current ? "page" : undefined}
                className={`px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 ${i === 0 ? "rounded-l-md" : ""} ${i === 2 ? "rounded-r-md" : "-mr-px"} ${current ? "z-10 bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-700 hover:bg-slate-50"}`}
              >
                {label} <span className={current ? "text-indigo-100" : "text-slate-400"}>({count})</span>
              </Link>
            );
          })}
        </nav>
        <form role="search" action="/specs" method="get" className="flex items-center gap-2">
          {query.category && <input type="hidden" name="category" value={query.category} />}
          <label htmlFor="spec-search" className="sr-only">
            Search specs by name or display name
          </label>
          <input
            id="spec-search"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder="Search name or display name"
            className="w-64 rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600"
          />
          <button type="submit" className={buttonClass.secondary}>
            Search
          </button>
          {query.q && (
            <Link href={listHref(query, { q: "" })} className={buttonClass.link}>
              Clear
            </Link>
          )}
        </form>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          title={`No specs ${query.q || query.category ? "match this view" : "yet"}`}
          text={
            query.q || query.category
              ? "Try another filter, or create the spec you need."
              : "Create a spec to offer it to endpoints."
          }
          action={{ href: "/specs/new", label: "Create spec" }}
        />
      ) : (
        <SpecTable specs={shown.map(specRow)} />
      )}
    </>
  );
}
