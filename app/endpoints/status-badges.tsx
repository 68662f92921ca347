import { Badge } from "@/app/_components/ui";
import type { Endpoint } from "@/lib/endpoints/types";

const TONE = {
  ready: "green",
  recorded: "violet",
  progressing: "amber",
  failed: "red",
  missing: "red",
  unknown: "gray",
} as const;

export function EndpointStatusBadge({ status }: { status: Endpoint["status"] }) {
  return (
    <Badge tone={TONE[status.state]} title={status.message}>
      {status.state}
    </Badge>
  );
}

export function SpecChangedBadge({ endpoint }: { endpoint: Pick<Endpoint, "specChanged" | "specStatus"> }) {
  if (endpoint.specStatus === "missing")
    return (
      <Badge tone="red" title="The spec was deleted">
        spec deleted
      </Badge>
    );
  if (endpoint.specStatus === "invalid")
    return (
      <Badge tone="red" title="The spec's stored values no longer validate; fix the spec">
        spec invalid
      </Badge>
    );
  return endpoint.specChanged ? (
    <Badge tone="amber" title="The spec now renders different resources or scheduling; re-apply to roll out">
      changed
    </Badge>
  ) : (
    <Badge tone="gray">up to date</Badge>
  );
}
