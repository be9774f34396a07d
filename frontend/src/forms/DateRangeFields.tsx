// Two calendar days, first and last (both inclusive), side by side.
import type { Days } from "../api/client";
import { Field } from "./Field";

interface DateRangeFieldsProps {
  value: Days;
  onChange: (days: Days) => void;
}

export function DateRangeFields({ value, onChange }: DateRangeFieldsProps) {
  const ends = [
    ["from", "First day"],
    ["to", "Last day"],
  ] as const;
  return (
    <div className="field-row">
      {ends.map(([end, label]) => (
        <Field key={end} label={label} name={end}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={value[end]}
              onChange={(event) => {
                // A cleared date input reports ""; keep the last day chosen instead.
                if (event.target.value !== "") onChange({ ...value, [end]: event.target.value });
              }}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
