// Energy expenditure measured from the logs beside the formula's estimate, and the choice to
// let the calorie target follow the measured one.
import { useExpenditure } from "../api/queries";
import type { Expenditure } from "../api/types";
import { formatDay } from "../lib/dates";
import { QueryState } from "../ui/QueryState";
import { ExpenditureChoice } from "./ExpenditureChoice";
import { Stat } from "./Stat";

const kcal = (value: number | null): string =>
  value === null ? "–" : `${Math.round(value).toLocaleString("en-GB")} kcal`;

function measuredDetail(data: Expenditure): string {
  if (data.missing !== null || data.start === null || data.end === null) {
    return `Not yet: ${data.missing ?? "more logs are needed"}.`;
  }
  return `Your intake (${String(data.intake_days)} days logged) and trend weight, ${formatDay(data.start)} to ${formatDay(data.end)}.`;
}

function targetDetail(data: Expenditure): string {
  if (!data.use_for_targets) return "From the formula.";
  const next =
    data.next_check_in === null ? "" : ` Next check-in ${formatDay(data.next_check_in)}.`;
  return `Follows your measured expenditure, by at most ${String(data.max_weekly_step_kcal)} kcal a week.${next}`;
}

export function ExpenditurePanel() {
  const expenditure = useExpenditure();
  return (
    <QueryState query={expenditure} loadingLabel="Loading your energy expenditure…">
      {(data) => (
        <>
          <dl className="stats">
            <Stat
              label="Formula estimate"
              value={kcal(data.formula_tdee_kcal)}
              detail="Daily energy from your body, age and activity level."
            />
            <Stat
              label="Measured from your logs"
              value={kcal(data.expenditure_kcal)}
              detail={measuredDetail(data)}
            />
            <Stat label="Calorie target" value={kcal(data.calories)} detail={targetDetail(data)} />
          </dl>
          <ExpenditureChoice key={String(data.use_for_targets)} using={data.use_for_targets} />
        </>
      )}
    </QueryState>
  );
}
