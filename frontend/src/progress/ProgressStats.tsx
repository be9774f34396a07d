// The window's numbers: trend and weekly rate, intake adherence, workouts done.
import type { Adherence, Progress, Units } from "../api/types";
import { formatWeight, fromKg, weightUnit } from "../lib/units";
import { Stat } from "./Stat";

const percent = (value: number | null): string =>
  value === null ? "–" : `${String(Math.round(value))} %`;

function rate(kgPerWeek: number | null, units: Units): string {
  if (kgPerWeek === null) return "–";
  const value = fromKg(kgPerWeek, units);
  return `${value > 0 ? "+" : ""}${value.toFixed(2)} ${weightUnit(units)}/week`;
}

function adherence(label: string, intake: Adherence, unit: string): [string, string, string] {
  if (intake.days_logged === 0 || intake.mean_per_logged_day === null) {
    return [label, "–", "No meals logged in this window."];
  }
  const mean = `${String(Math.round(intake.mean_per_logged_day))} ${unit} a day`;
  const onTarget =
    intake.days_on_target === null ? "" : `, ${String(intake.days_on_target)} on target`;
  return [
    label,
    percent(intake.percent_of_target),
    `${mean} over ${String(intake.days_logged)} logged days${onTarget}.`,
  ];
}

export function ProgressStats({ progress, units }: { progress: Progress; units: Units }) {
  const { weight, workouts } = progress;
  const stats: [string, string, string][] = [
    [
      "Trend weight",
      weight.trend_kg === null ? "–" : formatWeight(weight.trend_kg, units),
      "Smoothed, so one heavy day does not mislead.",
    ],
    ["Weekly rate", rate(weight.weekly_rate_kg, units), "Change of the trend per week."],
    adherence("Calories vs target", progress.calories, "kcal"),
    adherence("Protein vs target", progress.protein, "g"),
    [
      "Workouts",
      workouts.planned === null
        ? String(workouts.sessions)
        : `${String(workouts.sessions)} of ${String(Math.round(workouts.planned))}`,
      workouts.percent === null
        ? "Days with a logged workout."
        : `${percent(workouts.percent)} of planned training days.`,
    ],
  ];
  return (
    <dl className="stats">
      {stats.map(([label, value, detail]) => (
        <Stat key={label} label={label} value={value} detail={detail} />
      ))}
    </dl>
  );
}
