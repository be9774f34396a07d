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

/** The part of the week that is new in this version. */
export const whatIsNew = (version: Pick<PlanVersionSummary, "kind">): string =>
  version.kind === "meals" ? "New meals; the workouts stay." : "A new week of workouts and meals.";
