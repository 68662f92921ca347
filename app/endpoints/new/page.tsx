// /endpoints/new – create an endpoint from a deployable spec
import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui";
import { deployableSpecs } from "@/lib/endpoints/service";
import { EndpointForm } from "../endpoint-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create endpoint" };

type Props = { searchParams: Promise<{ spec?: string }> };

export default async function NewEndpointPage({ searchParams }: Props) {
  const { spec } = await searchParams;
  return (
    <>
      <PageHeader
        title="Create endpoint"
        back={{ href: "/endpoints", label: "All endpoints" }}
        subtitle="The spec decides resources and scheduling; you pick the image and scale."
      />
      <EndpointForm mode="create" specs={await deployableSpecs()} initialSpec={spec} />
    </>
  );
}
