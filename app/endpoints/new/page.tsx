// /endpoints/new – create an endpoint from a deployable spec
import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui";
import { listSpecs } from "@/lib/specs/service";
import { EndpointForm } from "./endpoint-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create endpoint" };

type Props = { searchParams: Promise<{ spec?: string }> };

export default async function NewEndpointPage({ searchParams }: Props) {
  const { spec } = await searchParams;
  const { specs } = await listSpecs();
  const deployable = specs
    .filter((s) => s.status === "active" || s.status === "deprecated")
    .map(({ name, displayName, category, status, resources }) => ({ name, displayName, category, status, resources }));
  return (
    <>
      <PageHeader
        title="Create endpoint"
        back={{ href: "/endpoints", label: "All endpoints" }}
        subtitle="The spec decides resources and scheduling; you pick the image and scale."
      />
      <EndpointForm specs={deployable} initialSpec={spec} />
    </>
  );
}
