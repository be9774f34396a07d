// A meal outside the catalog: its name and what it contains.
import { Field } from "../forms/Field";
import { NumberInput } from "../forms/inputs";

export interface OwnMeal {
  name: string;
  kcal: string;
  protein: string;
  carbs: string;
  fat: string;
}

interface OwnMealFieldsProps {
  meal: OwnMeal;
  errors: Record<string, string[]>;
  onChange: (meal: OwnMeal) => void;
}

const MACROS = [
  { key: "kcal", name: "kcal", label: "Energy (kcal)" },
  { key: "protein", name: "protein_g", label: "Protein (g)" },
  { key: "carbs", name: "carbs_g", label: "Carbs (g)" },
  { key: "fat", name: "fat_g", label: "Fat (g)" },
] as const;

export function OwnMealFields({ meal, errors, onChange }: OwnMealFieldsProps) {
  return (
    <>
      <Field label="Name" name="name" errors={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={meal.name}
            onChange={(event) => {
              onChange({ ...meal, name: event.target.value });
            }}
          />
        )}
      </Field>
      <div className="field-row four">
        {MACROS.map(({ key, name, label }) => (
          <Field key={key} label={label} name={name} errors={errors[name]}>
            {(control) => (
              <NumberInput
                control={control}
                value={meal[key]}
                onChange={(value) => {
                  onChange({ ...meal, [key]: value });
                }}
              />
            )}
          </Field>
        ))}
      </div>
    </>
  );
}
