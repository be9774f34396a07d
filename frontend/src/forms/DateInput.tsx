// A log's calendar day: today by default, never later than tomorrow (the API's rule).
import { isoDay } from "../lib/dates";
import { Field } from "./Field";

interface DateInputProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[] | undefined;
}

export function DateInput({ label, name, value, onChange, errors }: DateInputProps) {
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  return (
    <Field label={label} name={name} errors={errors}>
      {(control) => (
        <input
          {...control}
          type="date"
          max={isoDay(tomorrow)}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
