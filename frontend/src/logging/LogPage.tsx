// Log weight, meals and workouts, each beside its latest entries.
import { useApi } from "../api/context";
import { useMeals, useProfile, useWeights, useWorkouts } from "../api/queries";
import { formatWeight } from "../lib/units";
import { Page } from "../ui/Page";
import { Panel } from "../ui/Panel";
import { QueryState } from "../ui/QueryState";
import { MealForm } from "./MealForm";
import { RecentEntries } from "./RecentEntries";
import { WeightForm } from "./WeightForm";
import { WorkoutForm } from "./WorkoutForm";

const RECENT = { limit: 5 };

export function LogPage() {
  const api = useApi();
  const profile = useProfile();
  const weights = useWeights(RECENT);
  const meals = useMeals(RECENT);
  const workouts = useWorkouts(RECENT);
  return (
    <Page title="Log">
      <QueryState query={profile}>
        {({ units }) => (
          <div className="columns">
            <Panel title="Weight">
              <WeightForm units={units} />
              <RecentEntries
                title="Recent weights"
                query={weights}
                day={(entry) => entry.measured_on}
                describe={(entry) => formatWeight(entry.weight_kg, units)}
                remove={api.deleteWeight}
              />
            </Panel>
            <Panel title="Meal">
              <MealForm />
              <RecentEntries
                title="Recent meals"
                query={meals}
                day={(entry) => entry.eaten_on}
                describe={(entry) => `${entry.name}, ${String(Math.round(entry.kcal))} kcal`}
                remove={api.deleteMeal}
              />
            </Panel>
            <Panel title="Workout">
              <WorkoutForm units={units} />
              <RecentEntries
                title="Recent workouts"
                query={workouts}
                day={(entry) => entry.performed_on}
                describe={(entry) => entry.exercise}
                remove={api.deleteWorkout}
              />
            </Panel>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
