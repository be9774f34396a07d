// Log a meal: a catalog food by weight (the API computes its macros) or your own with macros.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Food } from "../api/types";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { DateInput } from "../forms/DateInput";
import { FormAlert } from "../forms/FormAlert";
import { parseNumber } from "../forms/numbers";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { formatDay, today } from "../lib/dates";
import { CatalogMealFields } from "./CatalogMealFields";
import { OwnMealFields, type OwnMeal } from "./OwnMealFields";

type Kind = "catalog" | "own";
const KINDS = [
  { value: "catalog", label: "From the food catalog" },
  { value: "own", label: "My own (enter macros)" },
] as const;
const NO_MEAL: OwnMeal = { name: "", kcal: "", protein: "", carbs: "", fat: "" };

export function MealForm() {
  const api = useApi();
  const [kind, setKind] = useState<Kind>("catalog");
  const [food, setFood] = useState<Food | null>(null);
  const [grams, setGrams] = useState("");
  const [own, setOwn] = useState<OwnMeal>(NO_MEAL);
  const [day, setDay] = useState(today);
  const [saved, setSaved] = useState<string | null>(null);
  const [noFood, setNoFood] = useState(false);
  const submission = useSubmit(api.logMeal, (meal) => {
    setSaved(
      `Logged ${meal.name} (${String(Math.round(meal.kcal))} kcal) on ${formatDay(meal.eaten_on)}.`,
    );
    setFood(null);
    setGrams("");
    setOwn(NO_MEAL);
  });
  const errors = submission.fieldErrors;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(null);
    // Without a food the API would ask for a free-form meal's fields: say what is missing here.
    setNoFood(kind === "catalog" && food === null);
    if (kind === "catalog" && food === null) return;
    const body =
      kind === "catalog"
        ? { food_id: food?.id ?? null, grams: parseNumber(grams) }
        : {
            name: own.name,
            kcal: parseNumber(own.kcal),
            protein_g: parseNumber(own.protein),
            carbs_g: parseNumber(own.carbs),
            fat_g: parseNumber(own.fat),
          };
    submission.submit({ ...body, eaten_on: day });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label="Log a meal">
      <ChoiceGroup legend="Meal" name="kind" options={KINDS} value={kind} onChange={setKind} />
      {kind === "catalog" ? (
        <CatalogMealFields
          food={food}
          grams={grams}
          errors={
            noFood ? { ...errors, food_id: ["Choose a food from the search results."] } : errors
          }
          onFood={setFood}
          onGrams={setGrams}
        />
      ) : (
        <OwnMealFields meal={own} errors={errors} onChange={setOwn} />
      )}
      <DateInput
        label="Date"
        name="eaten_on"
        value={day}
        onChange={setDay}
        errors={errors.eaten_on}
      />
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label="Log meal" />
      <Saved message={saved} />
    </form>
  );
}
