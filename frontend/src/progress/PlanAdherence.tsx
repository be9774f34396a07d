// How much of the plan the logs show as done over the window: meals and exercises.
import { usePlanAdherence } from "../api/queries";
import { QueryState } from "../ui/QueryState";
import { Stat } from "./Stat";

export function PlanAdherence({ days }: { days: number }) {
  const adherence = usePlanAdherence(days);
  return (
    <QueryState query={adherence} loadingLabel="Loading how the plan went…">
      {(data) =>
        data.meals_planned + data.exercises_planned === 0 ? (
          <p className="hint">No plan was in force in this window yet.</p>
        ) : (
          <dl className="stats">
            <Stat
              label="Plan followed"
              value={data.percent === null ? "–" : `${String(Math.round(data.percent))} %`}
              detail="Planned meals and exercises logged as done."
            />
            <Stat
              label="Planned meals"
              value={`${String(data.meals_done)} of ${String(data.meals_planned)}`}
              detail="A meal counts when you log one of its foods that day."
            />
            <Stat
              label="Planned exercises"
              value={`${String(data.exercises_done)} of ${String(data.exercises_planned)}`}
              detail="An exercise counts when you log a workout of it that day."
            />
          </dl>
        )
      }
    </QueryState>
  );
}
