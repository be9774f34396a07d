// What changed from one plan version to the next: targets, then meals and exercises by day.
import type { PlanDiff } from "../api/types";
import { humanise } from "../lib/labels";
import { dayName, grams } from "./week";

type MealChange = PlanDiff["meals"][number];
type ExerciseChange = PlanDiff["exercises"][number];

const TARGETS: Record<string, [string, string]> = {
  calories: ["Calories", "kcal"],
  protein_g: ["Protein", "g"],
  carbs_g: ["Carbs", "g"],
  fat_g: ["Fat", "g"],
};

function mealChange(change: MealChange): string {
  const where = `${humanise(change.slot)}: `;
  if (change.change === "added")
    return `${where}added ${change.name}, ${grams(change.grams_after ?? 0)}`;
  if (change.change === "removed") return `${where}removed ${change.name}`;
  return `${where}${change.name} ${grams(change.grams_before ?? 0)} → ${grams(change.grams_after ?? 0)}`;
}

const exerciseChange = (change: ExerciseChange): string =>
  `Workout: ${change.change} ${change.name}`;

/** Day number to the lines that changed on it, in day order. */
function byDay(diff: PlanDiff): [number, string[]][] {
  const days = new Map<number, string[]>();
  const add = (day: number, line: string) => {
    days.set(day, [...(days.get(day) ?? []), line]);
  };
  diff.exercises.forEach((change) => {
    add(change.day, exerciseChange(change));
  });
  diff.meals.forEach((change) => {
    add(change.day, mealChange(change));
  });
  return [...days.entries()].sort(([a], [b]) => a - b);
}

export function PlanDiffView({ diff }: { diff: PlanDiff }) {
  const days = byDay(diff);
  if (diff.targets.length === 0 && days.length === 0) {
    return <p className="hint">Nothing changed.</p>;
  }
  return (
    <div className="diff">
      {diff.targets.length > 0 && (
        <table>
          <caption>Daily targets</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Before</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {diff.targets.map((target) => {
              const [name, unit] = TARGETS[target.name] ?? [humanise(target.name), ""];
              return (
                <tr key={target.name}>
                  <th scope="row">{name}</th>
                  <td>{`${String(Math.round(target.before))} ${unit}`}</td>
                  <td>{`${String(Math.round(target.after))} ${unit}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="diff-days">
        {days.map(([day, lines]) => (
          <div key={day} className="diff-day">
            <p className="diff-day-name">{dayName(day)}</p>
            <ul>
              {lines.map((line, at) => (
                <li key={`${String(at)}-${line}`}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
