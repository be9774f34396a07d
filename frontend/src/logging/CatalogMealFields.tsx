// A catalog food and how much of it: grams typed, or a household portion from the catalog.
import type { Food } from "../api/types";
import { FoodSearch } from "../catalog/searches";
import { Field } from "../forms/Field";
import { NumberInput } from "../forms/inputs";
import { parseNumber } from "../forms/numbers";

interface CatalogMealFieldsProps {
  food: Food | null;
  grams: string;
  errors: Record<string, string[]>;
  onFood: (food: Food | null) => void;
  onGrams: (grams: string) => void;
}

export function CatalogMealFields({
  food,
  grams,
  errors,
  onFood,
  onGrams,
}: CatalogMealFieldsProps) {
  if (food === null) {
    return (
      <>
        <FoodSearch label="Search foods" onPick={onFood} />
        {errors.food_id && <p className="field-error">{errors.food_id.join(" ")}</p>}
      </>
    );
  }
  const amount = parseNumber(grams);
  return (
    <>
      <div className="chosen">
        <p>
          <strong>{food.name}</strong>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            onFood(null);
          }}
        >
          Change food
        </button>
      </div>
      {food.portions.length > 0 && (
        <div className="portions" role="group" aria-label="Common portions">
          {food.portions.slice(0, 4).map((portion) => (
            <button
              key={portion.label}
              type="button"
              className="button small"
              onClick={() => {
                onGrams(String(portion.grams));
              }}
            >
              {portion.label} ({portion.grams} g)
            </button>
          ))}
        </div>
      )}
      <Field label="Amount (g)" name="grams" errors={errors.grams}>
        {(control) => <NumberInput control={control} value={grams} onChange={onGrams} />}
      </Field>
      {amount !== null && amount > 0 && (
        <p className="hint">About {Math.round((food.kcal * amount) / 100)} kcal.</p>
      )}
    </>
  );
}
