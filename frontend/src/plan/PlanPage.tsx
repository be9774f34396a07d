// The week's plan: where the job stands, the plan with where it came from and why this
// version exists, each day's workout and meals, and the rating of the version.
import { usePlan } from "../api/queries";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { PlanJobState } from "./PlanJobState";
import { PlanNav } from "./PlanNav";
import { PlanOrigin } from "./PlanOrigin";
import { RatePlan } from "./RatePlan";
import { VersionNote } from "./VersionNote";
import { WeekPlan } from "./WeekPlan";

export function PlanPage() {
  const current = usePlan();
  return (
    <Page title="Your plan">
      <PlanNav />
      <QueryState query={current} loadingLabel="Loading your plan…">
        {(data) => (
          <>
            <PlanJobState current={data} />
            {data.plan && (
              <>
                <VersionNote version={data.plan} />
                <PlanOrigin version={data.plan} />
                <WeekPlan version={data.plan} planPending={data.status === "pending"} />
                <Panel title={`Rate version ${String(data.plan.version)}`}>
                  <RatePlan key={data.plan.version} version={data.plan.version} />
                </Panel>
              </>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
