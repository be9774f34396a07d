// Where a plan version came from, said plainly: the model, the model corrected by the rules, or
// the reference planner; and whether a model read the notes.
import type { PlanVersion, PlanVersionSummary } from "../api/types";

type Facts = Pick<PlanVersionSummary, "source" | "model_version" | "notes_read" | "fallback">;

const SOURCES: Record<PlanVersion["source"], string> = {
  model: "Written by the planning model",
  repaired: "Written by the planning model, then corrected by the rules",
  reference: "Made by the reference planner (rules only)",
  reference_form: "Made by the reference planner from your form alone",
};

/** One short sentence: who made the plan. */
export function madeBy(facts: Facts): string {
  const byModel = facts.source === "model" || facts.source === "repaired";
  const version =
    byModel && facts.model_version !== null ? ` (model version ${facts.model_version})` : "";
  return `${SOURCES[facts.source]}${version}.`;
}

/** Whether the notes shaped the plan. */
export function notesLine(facts: Facts): string {
  return facts.notes_read
    ? "A model read your notes; what it found is enforced."
    : "Your notes were not read automatically: your profile's settings apply.";
}

/** Why the reference planner answered, when a model was meant to. */
export function fallbackLine(facts: Facts): string | null {
  if (facts.source === "reference_form")
    return "What was read in your notes left no workable plan, so your form alone was used.";
  if (facts.fallback) return "The model's draft could not be used, so the rules answered.";
  return null;
}

type Wishes = PlanVersion["provenance"]["wishes"];

const WISH_LABELS: [keyof Wishes, string][] = [
  ["favourite_foods", "more of"],
  ["fewer_foods", "less of"],
  ["enjoyed_exercises", "exercises you enjoy"],
  ["boring_exercises", "exercises left out"],
];

/** What the model read the user would like more or less of, and planned around; null if none. */
export function wishesLine(wishes: Wishes): string | null {
  const parts = WISH_LABELS.flatMap(([kind, label]) =>
    wishes[kind].length === 0 ? [] : [`${label}: ${wishes[kind].join(", ")}`],
  );
  return parts.length === 0 ? null : parts.join("; ");
}
