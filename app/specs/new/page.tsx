// /specs/new – create a spec
import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui";
import { SpecForm } from "../_form/spec-form";

export const metadata: Metadata = { title: "Create spec" };

export default function NewSpecPage() {
  return (
    <>
      <PageHeader
        title="Create spec"
        back={{ href: "/specs", label: "All specs" }}
        subtitle="Available to new endpoints as soon as it is saved."
      />
      <SpecForm mode="create" />
    </>
  );
}
