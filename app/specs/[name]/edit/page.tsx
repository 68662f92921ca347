// /specs/:name/edit – edit a spec (a YAML-baseline spec is saved as an override)
import { PageHeader } from "@/app/_components/ui";
import { specToInput } from "@/lib/specs/mapping";
import { SpecForm } from "../../_form/spec-form";
import { loadSpecOr404 } from "../load-spec";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `Edit ${decodeURIComponent((await params).name)}` };
}

export default async function EditSpecPage({ params }: Props) {
  const { spec } = await loadSpecOr404((await params).name);
  return (
    <>
      <PageHeader
        title={`Edit ${spec.displayName}`}
        subtitle={<span className="font-mono">{spec.name}</span>}
        back={{ href: `/specs/${spec.name}`, label: spec.displayName }}
      />
      <SpecForm mode="edit" initial={specToInput(spec)} fromYaml={spec.source === "yaml"} />
    </>
  );
}
