// Plan, reading, feedback and report bodies shaped like the real ones, for component tests.
import type {
  CurrentPlan,
  ExperimentReport,
  Feedback,
  PlanDay,
  PlanJob,
  PlannedMeal,
  PlanVersion,
  PlanVersionSummary,
  Reading,
} from "../api/types";
import { TARGETS } from "./fixtures";

const macros = (kcal: number, protein_g: number, carbs_g = 50, fat_g = 15) => ({
  kcal,
  protein_g,
  carbs_g,
  fat_g,
});

function meal(slot: PlannedMeal["slot"], items: [string, string, number][]): PlannedMeal {
  return {
    slot,
    items: items.map(([name, food_id, grams]) => ({
      name,
      food_id,
      grams,
      macros: macros(grams, grams / 10),
    })),
    totals: macros(
      items.reduce((sum, [, , grams]) => sum + grams, 0),
      30,
    ),
  };
}

/** Day 1 (Monday) trains the upper body; the others rest, with the same meals. */
export function planDay(day: number): PlanDay {
  const training = day === 1;
  return {
    day,
    focus: training ? "upper" : null,
    exercises: training
      ? [
          {
            name: "Dumbbell Bench Press",
            exercise_id: "Dumbbell_Bench_Press",
            sets: 3,
            reps_min: 8,
            reps_max: 12,
            rest_s: 90,
          },
          {
            name: "Pullups",
            exercise_id: "Pullups",
            sets: 4,
            reps_min: 6,
            reps_max: 6,
            rest_s: 120,
          },
        ]
      : [],
    menu: 0,
    meals: [
      meal("breakfast", [
        ["Oats", "08120", 80],
        ["Milk 2%", "01079", 300],
      ]),
      meal("lunch", [
        ["Chicken breast, roasted", "05064", 150],
        ["Rice, cooked", "20045", 200],
      ]),
    ],
    target: macros(2286, 182),
    totals: macros(2250, 180),
  };
}

export const JOB: PlanJob = {
  id: 2,
  kind: "plan",
  status: "done",
  reason: "requested",
  detail: "requested by the user",
  attempts: 1,
  next_attempt_at: "2024-06-11T10:00:00Z",
  error: null,
  reasons: [],
  version: 1,
  created_at: "2024-06-11T10:00:00Z",
  finished_at: "2024-06-11T10:00:01Z",
};

/** Why and how version 1 was made; the history adds its calories, the version its plan. */
const FACTS: Omit<PlanVersionSummary, "calories"> = {
  version: 1,
  kind: "plan",
  reason: "requested",
  detail: "requested by the user",
  created_at: "2024-06-11T10:00:01Z",
  variant: "reference",
  model_version: null,
  source: "reference",
  notes_read: false,
  repaired: false,
  fallback: false,
  latency_s: 0.35,
};

export const SUMMARY: PlanVersionSummary = { ...FACTS, calories: 2286 };

export const VERSION: PlanVersion = {
  ...FACTS,
  plan: {
    split: "upper_lower",
    days: [1, 2, 3, 4, 5, 6, 7].map(planDay),
    weekly_sets: { chest: 12 },
    notes: [],
    seed: 0,
  },
  targets: TARGETS,
  exposure: {
    experiment: "planner-ab",
    variant: "reference",
    model_version: null,
    in_experiment: false,
    forced: false,
    weights: { reference: 1 },
  },
  provenance: {
    source: "reference",
    notes_read: false,
    reading: { equipment: {}, injuries: {}, allergies: {}, diets: {} },
    repairs: [],
    passes: [],
    seconds: 0.35,
    wishes: { favourite_foods: [], fewer_foods: [], enjoyed_exercises: [], boring_exercises: [] },
    refused_foods: [],
  },
  locks: [],
  diff: null,
};

export const RENEWED: PlanVersion = {
  ...VERSION,
  version: 2,
  kind: "meals",
  reason: "renewal",
  detail: "weight 82.5 -> 78 kg; calories 2286 -> 2216, protein_g 182 -> 172",
  diff: {
    from_version: 1,
    to_version: 2,
    targets: [
      { name: "calories", before: 2286, after: 2216 },
      { name: "protein_g", before: 182, after: 172 },
    ],
    meals: [
      {
        day: 2,
        meal: 1,
        slot: "lunch",
        change: "changed",
        name: "Chicken breast, roasted",
        food_id: "05064",
        grams_before: 150,
        grams_after: 140,
      },
      {
        day: 1,
        meal: 0,
        slot: "breakfast",
        change: "added",
        name: "Grits, cooked",
        food_id: "08091",
        grams_before: null,
        grams_after: 350,
      },
    ],
    exercises: [],
  },
};

export const READY: CurrentPlan = { status: "ready", plan: VERSION, job: JOB };
export const NO_PLAN: CurrentPlan = { status: "none", plan: null, job: null };
export const PENDING_JOB: PlanJob = {
  ...JOB,
  status: "pending",
  attempts: 0,
  version: null,
  finished_at: null,
};

export const NO_FEEDBACK: Feedback = {
  version: 1,
  variant: "reference",
  model_version: null,
  stars: null,
  comment: null,
  thumbs: [],
  updated_at: null,
};

const NOTHING = { allergies: [], diets: [], equipment: [], injuries: [], disliked_foods: [] };

export const NOT_READ: Reading = {
  status: "ready",
  notes_read: false,
  suggestions: NOTHING,
  new: NOTHING,
  job: null,
  created_at: "2024-06-11T10:00:00Z",
  decided_at: null,
};

/** A model's reading: shellfish, a kettlebell, gluten-free and pescatarian, and olives refused;
 * the dumbbell is in the profile already. */
export const READ: Reading = {
  ...NOT_READ,
  notes_read: true,
  suggestions: {
    allergies: ["shellfish"],
    diets: ["gluten_free", "pescatarian"],
    equipment: ["dumbbell", "kettlebell"],
    injuries: [],
    disliked_foods: ["olives"],
  },
  new: {
    allergies: ["shellfish"],
    diets: ["gluten_free", "pescatarian"],
    equipment: ["kettlebell"],
    injuries: [],
    disliked_foods: ["olives"],
  },
};

const metric = (name: string, role: "primary" | "guardrail" | "secondary") => ({
  metric: name,
  description:
    name === "adherence"
      ? "planned meals and workouts logged as done"
      : "mean plan rating, 1-5 stars",
  role,
  higher_is_better: true,
  control: 0.404,
  treatment: 0.454,
  lift: 0.134,
  std_error: 0.0116,
  users: 4000,
  ci: [0.112, 0.157] as [number, number],
  p_value: 0,
  sequential_ci: [0.099, 0.17] as [number, number],
  sequential_p_value: 1e-25,
  chance_to_win: 0.999,
  risk: 0,
  cuped_theta: 0.72,
  verdict: "better" as const,
  note: null,
});

/** A clear win for the challenger (model version 2) over the champion. */
export const REPORT: ExperimentReport = {
  experiment: "planner-ab",
  exported_at: "2024-06-11T00:00:00Z",
  control: "champion",
  treatment: "challenger",
  settings: {
    alpha: 0.05,
    sequential_tuning: 5000,
    srm_threshold: 0.001,
    target_power: 0.8,
    treatment: "challenger",
    primary: "adherence",
    guardrails: ["mean_rating"],
  },
  sample_ratio: {
    users: { champion: 2000, challenger: 2000 },
    weights: { champion: 0.5, challenger: 0.5 },
    p_value: 1,
    mismatch: false,
  },
  warnings: [],
  variants: [
    { variant: "champion", model_versions: ["1"], users: 2000, plans: 6020, values: {} },
    { variant: "challenger", model_versions: ["2"], users: 2000, plans: 6077, values: {} },
  ],
  metrics: [metric("adherence", "primary"), metric("mean_rating", "guardrail")],
  recommendation: {
    action: "promote_challenger",
    reason: "adherence is better and no guardrail is worse",
    users_needed: null,
    additional_users: null,
  },
};

/** The same report with a broken split: 1,100 against 900 users for a 50/50 split. */
export const SRM_REPORT: ExperimentReport = {
  ...REPORT,
  sample_ratio: {
    users: { champion: 1100, challenger: 900 },
    weights: { champion: 0.5, challenger: 0.5 },
    p_value: 7.7e-6,
    mismatch: true,
  },
  warnings: [
    "sample ratio mismatch: users champion 1100, challenger 900 against weights champion 0.5, challenger 0.5 (p = 7.7e-06 < 0.001); results are not trustworthy",
  ],
  recommendation: {
    action: "keep_collecting",
    reason: "sample ratio mismatch (p = 7.7e-06): investigate the split before reading any lift",
    users_needed: null,
    additional_users: null,
  },
};
