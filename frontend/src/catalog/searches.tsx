// The two catalogs as ready-made searches.
import { useApi } from "../api/context";
import type { Exercise, Food } from "../api/types";
import { humanise } from "../lib/labels";
import { CatalogSearch, type CatalogSearchProps } from "./CatalogSearch";

type Picks<T extends { id: string; name: string }> = Pick<
  CatalogSearchProps<T>,
  "label" | "onPick" | "onPickText"
>;

const describeFood = (food: Food): string =>
  `${String(Math.round(food.kcal))} kcal · ${food.protein_g.toFixed(1)} g protein per 100 g`;

export function FoodSearch(props: Picks<Food>) {
  const api = useApi();
  return <CatalogSearch noun="foods" search={api.searchFoods} describe={describeFood} {...props} />;
}

const describeExercise = (exercise: Exercise): string =>
  [exercise.primary_muscles.map(humanise).join(", "), humanise(exercise.equipment ?? "body_only")]
    .filter(Boolean)
    .join(" · ");

export function ExerciseSearch(props: Picks<Exercise>) {
  const api = useApi();
  return (
    <CatalogSearch
      noun="exercises"
      search={api.searchExercises}
      describe={describeExercise}
      {...props}
    />
  );
}
