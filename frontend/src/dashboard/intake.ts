// What the day's logged meals add up to.
import type { Meal } from "../api/types";

export interface Intake {
  kcal: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
}

export function sumIntake(meals: readonly Meal[]): Intake {
  return meals.reduce<Intake>(
    (total, meal) => ({
      kcal: total.kcal + meal.kcal,
      protein_g: total.protein_g + meal.protein_g,
      carbs_g: total.carbs_g + meal.carbs_g,
      fat_g: total.fat_g + meal.fat_g,
    }),
    { kcal: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
  );
}
