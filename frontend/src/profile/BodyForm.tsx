// Body, activity and goal: everything the calorie and macro targets are computed from.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { NumberInput, SelectInput } from "../forms/inputs";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import type { ProfileFormProps } from "./ProfileFormProps";
import { ACTIVITY_LEVELS, EXPERIENCES, GOALS, SEXES } from "../lib/enums";
import { options } from "../lib/labels";
import { bodyChanges, bodyValues, switchUnits, type BodyValues } from "./bodyValues";
import { HeightFields } from "./HeightFields";

const UNIT_OPTIONS = [
  { value: "metric", label: "Metric (kg, cm)" },
  { value: "imperial", label: "Imperial (lb, ft/in)" },
] as const;
const DAYS = ["1", "2", "3", "4", "5", "6", "7"].map((day) => ({ value: day, label: day }));

export function BodyForm({ profile, submitLabel, onSaved }: ProfileFormProps) {
  const api = useApi();
  const [values, setValues] = useState<BodyValues>(() => bodyValues(profile));
  const submission = useSubmit(api.updateProfile, onSaved);
  const errors = submission.fieldErrors;
  const set =
    <K extends keyof BodyValues>(name: K) =>
    (value: BodyValues[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
    };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submission.submit(bodyChanges(values));
  };
  const imperial = values.units === "imperial";

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceGroup
        legend="Units"
        name="units"
        options={UNIT_OPTIONS}
        value={values.units}
        onChange={(units) => {
          setValues((current) => switchUnits(current, units));
        }}
        errors={errors.units}
      />
      <ChoiceGroup
        legend="Sex"
        name="sex"
        options={options(SEXES)}
        value={values.sex}
        onChange={set("sex")}
        errors={errors.sex}
      />
      <div className="field-row">
        <Field label="Age (years)" name="age" errors={errors.age}>
          {(control) => (
            <NumberInput control={control} integer value={values.age} onChange={set("age")} />
          )}
        </Field>
        <Field
          label={imperial ? "Weight (lb)" : "Weight (kg)"}
          name={imperial ? "weight_lb" : "weight_kg"}
          errors={imperial ? errors.weight_lb : errors.weight_kg}
        >
          {(control) => (
            <NumberInput control={control} value={values.weight} onChange={set("weight")} />
          )}
        </Field>
      </div>
      <HeightFields values={values} errors={errors} onChange={set} />
      <Field
        label="Body fat (%)"
        name="body_fat_pct"
        errors={errors.body_fat_pct}
        hint="Optional: makes the energy estimate more precise."
      >
        {(control) => (
          <NumberInput control={control} value={values.bodyFat} onChange={set("bodyFat")} />
        )}
      </Field>
      <Field label="Activity level" name="activity_level" errors={errors.activity_level}>
        {(control) => (
          <SelectInput
            control={control}
            options={options(ACTIVITY_LEVELS)}
            value={values.activity}
            onChange={set("activity")}
          />
        )}
      </Field>
      <ChoiceGroup
        legend="Goal"
        name="goal"
        options={options(GOALS)}
        value={values.goal}
        onChange={set("goal")}
        errors={errors.goal}
      />
      <div className="field-row">
        <Field label="Training days per week" name="days_per_week" errors={errors.days_per_week}>
          {(control) => (
            <SelectInput
              control={control}
              options={DAYS}
              value={values.daysPerWeek === "" ? null : values.daysPerWeek}
              onChange={(day) => {
                set("daysPerWeek")(day ?? "");
              }}
            />
          )}
        </Field>
        <Field label="Training experience" name="experience" errors={errors.experience}>
          {(control) => (
            <SelectInput
              control={control}
              options={options(EXPERIENCES)}
              value={values.experience}
              onChange={set("experience")}
            />
          )}
        </Field>
      </div>
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label={submitLabel} />
      <Saved message={submission.succeeded ? "Saved." : null} />
    </form>
  );
}
