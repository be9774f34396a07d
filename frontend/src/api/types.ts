// Short names for the generated API schemas the app uses.
import type { components } from "./schema";

type Schemas = components["schemas"];

export type Token = Schemas["Token"];
export type User = Schemas["UserPublic"];
export type Role = Schemas["Role"];
export type Profile = Schemas["ProfilePublic"];
export type ProfileChanges = Schemas["ProfileIn"];
export type Targets = Schemas["MacroTargets"];
export type Progress = Schemas["ProgressPublic"];
export type TrendPoint = Schemas["TrendPoint"];
export type Adherence = Schemas["IntakeAdherence"];
export type Food = Schemas["Food"];
export type Exercise = Schemas["Exercise"];
export type Weight = Schemas["WeightPublic"];
export type WeightCreate = Schemas["WeightCreate"];
export type Workout = Schemas["WorkoutPublic"];
export type WorkoutCreate = Schemas["WorkoutCreate"];
export type Meal = Schemas["MealPublic"];
export type MealCreate = Schemas["MealCreate"];
export type ValidationIssue = Schemas["ValidationError"];
export type Units = Profile["units"];
export type Sex = Schemas["Sex"];
export type ActivityLevel = Schemas["ActivityLevel"];
export type Goal = Schemas["Goal"];
export type Experience = Schemas["Experience"];
export type Equipment = Schemas["Equipment"];
export type BodyArea = Schemas["BodyArea"];
export type Allergen = Schemas["Allergen"];
export type Diet = Schemas["Diet"];
