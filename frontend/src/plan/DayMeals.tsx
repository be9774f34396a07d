// One day's meals on the plan page: lock what to keep, ask for a new meal or a new day of
// meals (a new version, made around the locks), and see the day against its target.
import { useApi } from "../api/context";
import type { PlanDay, PlanVersion, Regenerate } from "../api/types";
import { useSubmit } from "../forms/useSubmit";
import { toggled, type LockTarget } from "./locks";
import { MealList } from "./MealList";
import type { ThumbOf } from "./thumbs";
import { dayName, grams, kcal } from "./week";

interface DayMealsProps {
  day: PlanDay;
  version: PlanVersion;
  thumbOf: ThumbOf;
  /** A new version is being made: nothing can change until it is there. */
  planPending: boolean;
}

export function DayMeals({ day, version, thumbOf, planPending }: DayMealsProps) {
  const api = useApi();
  const lock = useSubmit((target: LockTarget) =>
    api.setLocks(version.version, toggled(version.locks, target)),
  );
  const regenerate = useSubmit((body: Regenerate) => api.regenerate(version.version, body));
  const busy = planPending || lock.pending || regenerate.pending;
  const problems = [...lock.formErrors, ...regenerate.formErrors];
  const edit = {
    version: version.version,
    locks: version.locks,
    thumbOf,
    busy,
    onLock: lock.submit,
    onRegenerate: (meal: number) => {
      regenerate.submit({ day: day.day, meal });
    },
  };
  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="alert alert-error">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <MealList day={day} edit={edit} />
      <p className="day-total">
        Day total {kcal(day.totals.kcal)} of {kcal(day.target.kcal)}; protein{" "}
        {grams(day.totals.protein_g)} of {grams(day.target.protein_g)}.
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          regenerate.submit({ day: day.day });
        }}
      >
        New meals for {dayName(day.day)}
      </button>
    </>
  );
}
