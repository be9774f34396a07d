// Today's workout and meals from the weekly plan. The plan API is not there yet: when it lands,
// these two panels render the day's plan instead of saying it is on its way.
import { Panel } from "../ui/Panel";

export function TodayPlan() {
  return (
    <>
      <Panel title="Today's workout" className="plan-slot">
        <p className="hint">
          Your personal workout plan is on its way; today's session will show here.
        </p>
      </Panel>
      <Panel title="Today's meals" className="plan-slot">
        <p className="hint">Your meal plan is on its way; today's meals will show here.</p>
      </Panel>
    </>
  );
}
