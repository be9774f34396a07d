// The diff of a version against the one before it, loaded when asked for.
import { usePlanDiff } from "../api/queries";
import { QueryState } from "../ui/QueryState";
import { PlanDiffView } from "./PlanDiffView";

export function VersionDiff({ version }: { version: number }) {
  const diff = usePlanDiff(version - 1, version);
  return (
    <QueryState query={diff} loadingLabel="Loading what changed…">
      {(data) => <PlanDiffView diff={data} />}
    </QueryState>
  );
}
