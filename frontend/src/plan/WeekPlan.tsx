// The week, one day at a time (today first): the day's workout and its meals.
import { useState } from "react";
import { useFeedback } from "../api/queries";
import type { PlanVersion } from "../api/types";
import { Panel } from "../ui/Panel";
import { DayMeals } from "./DayMeals";
import { DayPicker } from "./DayPicker";
import { DayWorkout } from "./DayWorkout";
import { thumbLookup } from "./thumbs";
import { dayName, planDay, todayPlanDay } from "./week";

interface WeekPlanProps {
  version: PlanVersion;
  planPending: boolean;
}

export function WeekPlan({ version, planPending }: WeekPlanProps) {
  const [chosen, setChosen] = useState(todayPlanDay);
  // Thumbs show once feedback has loaded; until then (or if it fails) none is pressed.
  const thumbOf = thumbLookup(useFeedback(version.version).data);
  const day = planDay(version.plan.days, chosen);
  return (
    <>
      <DayPicker value={chosen} onChange={setChosen} />
      {day && (
        <div className="week-day">
          <Panel title={`${dayName(day.day)}'s workout`}>
            <DayWorkout day={day} rate={{ version: version.version, thumbOf }} />
          </Panel>
          <Panel title={`${dayName(day.day)}'s meals`}>
            <DayMeals day={day} version={version} thumbOf={thumbOf} planPending={planPending} />
          </Panel>
        </div>
      )}
    </>
  );
}
