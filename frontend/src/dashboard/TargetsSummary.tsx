// Today's calorie and macro targets as rings, filled by the meals logged today.
import { Link } from "react-router";
import { ApiError } from "../api/errors";
import { useMeals, useTargets } from "../api/queries";
import type { Targets } from "../api/types";
import { today } from "../lib/dates";
import { QueryState } from "../ui/QueryState";
import { sumIntake, type Intake } from "./intake";
import { MacroRing } from "./MacroRing";

// The API caps a page at 100 rows; nobody logs more meals than that in a day.
const MEALS_PER_DAY = 100;

function Rings({ targets, intake }: { targets: Targets; intake: Intake }) {
  return (
    <>
      <div className="rings">
        <MacroRing label="Calories" eaten={intake.kcal} target={targets.calories} unit="kcal" />
        <MacroRing label="Protein" eaten={intake.protein_g} target={targets.protein_g} unit="g" />
        <MacroRing label="Carbs" eaten={intake.carbs_g} target={targets.carbs_g} unit="g" />
        <MacroRing label="Fat" eaten={intake.fat_g} target={targets.fat_g} unit="g" />
      </div>
      {targets.warnings.map((warning) => (
        <p key={warning} className="alert alert-warning">
          {warning}
        </p>
      ))}
    </>
  );
}

export function TargetsSummary() {
  const day = today();
  const targets = useTargets();
  const meals = useMeals({ from: day, to: day, limit: MEALS_PER_DAY });
  if (targets.error instanceof ApiError && targets.error.status === 409) {
    return (
      <p>
        Your targets need a complete profile. <Link to="/onboarding">Finish your profile</Link>
      </p>
    );
  }
  return (
    <QueryState query={targets} loadingLabel="Loading your targets…">
      {(data) => (
        <QueryState query={meals} loadingLabel="Loading today's meals…">
          {(logged) => <Rings targets={data} intake={sumIntake(logged.data)} />}
        </QueryState>
      )}
    </QueryState>
  );
}
