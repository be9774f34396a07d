// The API's enum values, checked against the generated schema: a new value fails the type check.
import type {
  ActivityLevel,
  Allergen,
  BodyArea,
  Diet,
  Equipment,
  Experience,
  Goal,
  Role,
  Sex,
} from "../api/types";

/** Every member of a string union: the compiler rejects a missing or an unknown value. */
function all<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([T] extends [V[number]] ? unknown : never)) =>
    values;
}

export const SEXES = all<Sex>()(["female", "male"]);
export const ACTIVITY_LEVELS = all<ActivityLevel>()([
  "sedentary",
  "light",
  "moderate",
  "active",
  "very_active",
]);
export const GOALS = all<Goal>()(["lose_fat", "maintain", "gain_muscle"]);
export const EXPERIENCES = all<Experience>()(["beginner", "intermediate", "expert"]);
export const EQUIPMENT = all<Equipment>()([
  "body_only",
  "dumbbell",
  "barbell",
  "kettlebell",
  "cable",
  "machine",
  "bands",
  "medicine_ball",
  "exercise_ball",
  "ez_bar",
  "foam_roll",
  "other",
]);
export const BODY_AREAS = all<BodyArea>()([
  "knee",
  "lower_back",
  "shoulder",
  "wrist",
  "elbow",
  "hip",
  "ankle",
  "neck",
]);
export const ALLERGENS = all<Allergen>()([
  "milk",
  "egg",
  "fish",
  "shellfish",
  "tree_nuts",
  "peanuts",
  "gluten",
  "soy",
  "sesame",
]);
export const DIETS = all<Diet>()([
  "vegan",
  "vegetarian",
  "pescatarian",
  "halal",
  "gluten_free",
  "low_carb",
]);
export const ROLES = all<Role>()(["user", "scientist", "admin"]);
