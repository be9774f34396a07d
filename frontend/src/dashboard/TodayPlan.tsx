// Today's workout and meals from the current plan, or where the plan stands when there is none.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { usePlan } from "../api/queries";
import type { CurrentPlan, PlanDay } from "../api/types";
import { DayWorkout } from "../plan/DayWorkout";
import { jobPurpose, waitingForServing } from "../plan/jobs";
import { MealList } from "../plan/MealList";
import { planDay, todayPlanDay } from "../plan/week";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";

export function TodayPlan() {
  const current = usePlan();
  return (
    <>
      <Panel title="Today's workout">
        <QueryState query={current} loadingLabel="Loading today's workout…">
          {(data) => <Today current={data}>{(day) => <DayWorkout day={day} />}</Today>}
        </QueryState>
      </Panel>
      <Panel title="Today's meals">
        <QueryState query={current} loadingLabel="Loading today's meals…">
          {(data) => <Today current={data}>{(day) => <MealList day={day} />}</Today>}
        </QueryState>
      </Panel>
    </>
  );
}

interface TodayProps {
  current: CurrentPlan;
  children: (day: PlanDay) => ReactNode;
}

/** Today's plan day when there is a plan; otherwise a line on where it stands. */
function Today({ current, children }: TodayProps) {
  const day = current.plan ? planDay(current.plan.plan.days, todayPlanDay()) : undefined;
  if (day === undefined) return <PlanStanding current={current} />;
  return (
    <>
      {children(day)}
      <p>
        <Link to="/plan">See the whole week</Link>
      </p>
    </>
  );
}

function PlanStanding({ current }: { current: CurrentPlan }) {
  const { status, job } = current;
  if (status === "pending" && job !== null) {
    return (
      <p className="hint">
        {waitingForServing(job)
          ? `The planner is not answering right now; ${jobPurpose(job)} will arrive when it is back.`
          : `Making ${jobPurpose(job)}…`}
      </p>
    );
  }
  if (status === "failed") {
    return (
      <p>
        We could not make your plan. <Link to="/plan">See why</Link>
      </p>
    );
  }
  return (
    <p>
      No plan yet. <Link to="/plan">Make your plan</Link>
    </p>
  );
}
