// Today: targets and what has been eaten against them, the day's plan, and quick logging.
import { useProfile } from "../api/queries";
import { MealForm } from "../logging/MealForm";
import { WeightForm } from "../logging/WeightForm";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { TargetsSummary } from "./TargetsSummary";
import { TodayPlan } from "./TodayPlan";

export function DashboardPage() {
  const profile = useProfile();
  return (
    <Page title="Today">
      <QueryState query={profile}>
        {({ units }) => (
          <div className="dashboard">
            <Panel title="Today's targets" className="wide">
              <TargetsSummary />
            </Panel>
            <TodayPlan />
            <Panel title="Log your weight">
              <WeightForm units={units} />
            </Panel>
            <Panel title="Log a meal">
              <MealForm />
            </Panel>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
