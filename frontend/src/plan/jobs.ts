// What a plan job is for and what went wrong with it, in the user's words.
import type { PlanJob } from "../api/types";

/** The API's "why" text ("weight 82.5 -> 78 kg; calories 2286 -> 2216, protein_g 182 -> 172"),
 * with units and arrows a reader expects. */
export function readableDetail(detail: string): string {
  return detail
    .replace(/calories (\d+) -> (\d+)/g, "calories $1 → $2 kcal")
    .replace(/(protein|carbs|fat)_g (\d+) -> (\d+)/g, "$1 $2 → $3 g")
    .replaceAll(" -> ", " → ");
}

const PURPOSES: Record<string, string> = {
  requested: "your plan",
  renewal: "your updated plan",
  regenerate_day: "the day's new meals",
  regenerate_meal: "the new meal",
};

/** What the job will bring: "your plan", "the new meal"… */
export const jobPurpose = (job: PlanJob): string => PURPOSES[job.reason] ?? "your plan";

/** Why a plan could not be made: serving's reasons when it gave any, else the job's error. */
export function failureReasons(job: PlanJob): string[] {
  if (job.reasons.length > 0) return job.reasons.map((reason) => reason.message);
  return job.error === null ? [] : [job.error];
}

/** A pending job that already failed an attempt is waiting for serving to come back. */
export const waitingForServing = (job: PlanJob): boolean => job.error !== null;
