// API bodies shaped like the real ones, for component tests.
import type { Profile, Targets, User } from "../api/types";

export const USER: User = {
  id: 1,
  email: "sam@example.com",
  role: "user",
  is_active: true,
  created_at: "2024-06-01T10:00:00Z",
};

export const PROFILE: Profile = {
  units: "metric",
  sex: "male",
  birth_date: null,
  age: 29,
  height_cm: 178,
  weight_kg: 82.5,
  body_fat_pct: null,
  activity_level: "moderate",
  goal: "lose_fat",
  days_per_week: 4,
  experience: "intermediate",
  equipment: ["dumbbell"],
  injuries: [],
  liked_exercises: [],
  liked_foods: [],
  disliked_foods: [],
  allergies: [],
  diets: [],
  notes: null,
  missing_for_targets: [],
  updated_at: "2024-06-11T10:00:00Z",
};

export const EMPTY_PROFILE: Profile = {
  ...PROFILE,
  sex: null,
  age: null,
  height_cm: null,
  weight_kg: null,
  activity_level: null,
  goal: null,
  days_per_week: null,
  experience: null,
  equipment: [],
  missing_for_targets: ["sex", "age", "height_cm", "weight_kg", "activity_level", "goal"],
};

export const TARGETS: Targets = {
  calories: 2286,
  protein_g: 182,
  carbs_g: 246,
  fat_g: 64,
  bmr: 1800,
  tdee: 2790,
  formula: "mifflin_st_jeor",
  warnings: [],
};

/** A FastAPI 422 body. */
export function invalid(...issues: [loc: (string | number)[], msg: string][]) {
  return { detail: issues.map(([loc, msg]) => ({ loc, msg, type: "value_error" })) };
}
