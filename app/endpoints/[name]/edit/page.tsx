// /endpoints/:name/edit – change image, scale, spec, GPUs or env; re-applied on save
import { notFound } from "next/navigation";
import { PageHeader } from "@/app/_components/ui";
import { deployableSpecs, getEndpointInput } from "@/lib/endpoints/service";
import { AppError } from "@/lib/errors";
import { EndpointForm } from "../../endpoint-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ name: string }> };

export default async function EditEndpointPage({ params }: Props) {
  const { name } = await params;
  const initial = await getEndpointInput(name).catch((e) => {
    if (AppError.is(e) && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title={<span className="font-mono">Edit {initial.endpoint}</span>}
        back={{ href: `/endpoints/${initial.endpoint}`, label: initial.endpoint }}
        subtitle="Saving re-renders the Deployment from the spec and applies it again."
      />
      <EndpointForm mode="edit" specs={await deployableSpecs()} initial={initial} />
    </>
  );
}
