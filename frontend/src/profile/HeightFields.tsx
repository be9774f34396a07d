// Height in centimetres, or feet and inches.
import { Field } from "../forms/Field";
import { NumberInput } from "../forms/inputs";
import type { BodyValues } from "./bodyValues";

type HeightKey = "heightCm" | "heightFt" | "heightIn";

interface HeightFieldsProps {
  values: BodyValues;
  errors: Record<string, string[]>;
  onChange: (name: HeightKey) => (value: string) => void;
}

export function HeightFields({ values, errors, onChange }: HeightFieldsProps) {
  if (values.units === "metric") {
    return (
      <Field label="Height (cm)" name="height_cm" errors={errors.height_cm}>
        {(control) => (
          <NumberInput control={control} value={values.heightCm} onChange={onChange("heightCm")} />
        )}
      </Field>
    );
  }
  return (
    <div className="field-row">
      <Field label="Height (ft)" name="height_ft" errors={errors.height_ft}>
        {(control) => (
          <NumberInput
            control={control}
            integer
            value={values.heightFt}
            onChange={onChange("heightFt")}
          />
        )}
      </Field>
      <Field label="Height (in)" name="height_in" errors={errors.height_in}>
        {(control) => (
          <NumberInput control={control} value={values.heightIn} onChange={onChange("heightIn")} />
        )}
      </Field>
    </div>
  );
}
