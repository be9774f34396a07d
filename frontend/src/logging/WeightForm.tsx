// Log a body weight in the user's units; the API stores kilograms.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Units } from "../api/types";
import { DateInput } from "../forms/DateInput";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { NumberInput } from "../forms/inputs";
import { parseNumber } from "../forms/numbers";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { formatDay, today } from "../lib/dates";
import { formatWeight, toKg, weightUnit } from "../lib/units";

export function WeightForm({ units }: { units: Units }) {
  const api = useApi();
  const [weight, setWeight] = useState("");
  const [day, setDay] = useState(today);
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useSubmit(api.logWeight, (logged) => {
    setSaved(
      `Logged ${formatWeight(logged.weight_kg, units)} on ${formatDay(logged.measured_on)}.`,
    );
    setWeight("");
  });
  const errors = submission.fieldErrors;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(null);
    const value = parseNumber(weight);
    submission.submit({ weight_kg: value === null ? null : toKg(value, units), measured_on: day });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label="Log weight">
      <div className="field-row">
        <Field label={`Weight (${weightUnit(units)})`} name="weight_kg" errors={errors.weight_kg}>
          {(control) => <NumberInput control={control} value={weight} onChange={setWeight} />}
        </Field>
        <DateInput
          label="Date"
          name="measured_on"
          value={day}
          onChange={setDay}
          errors={errors.measured_on}
        />
      </div>
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label="Log weight" />
      <Saved message={saved} />
    </form>
  );
}
