// Why a plan version was made, in a sentence.
import type { PlanVersionSummary } from "../api/types";
import { readableDetail } from "./jobs";

const REASONS: Record<string, string> = {
  requested: "You asked for a plan",
  renewal: "Your profile changed",
  regenerate_day: "You asked for a new day of meals",
  regenerate_meal: "You asked for a new meal",
};

export function whyMade(version: Pick<PlanVersionSummary, "reason" | "detail">): string {
  const reason = REASONS[version.reason] ?? "Made";
  return version.reason === "renewal"
    ? `${reason}: ${readableDetail(version.detail)}.`
    : `${reason}.`;
}

const NEW_PARTS: Record<string, string> = {
  regenerate_meal: "One meal is new; the rest of the week stays.",
  regenerate_day: "One day's meals are new; the rest of the week stays.",
};

/** The part of the week that is new in this version. */
export function whatIsNew(version: Pick<PlanVersionSummary, "kind" | "reason">): string {
  const part = NEW_PARTS[version.reason];
  if (part !== undefined) return part;
  return version.kind === "meals"
    ? "New meals; the workouts stay."
    : "A new week of workouts and meals.";
}
