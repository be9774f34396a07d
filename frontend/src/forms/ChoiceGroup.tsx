// Radio buttons (one value) or checkboxes (several) in a fieldset with its legend and errors.
import { useId } from "react";

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Common<T extends string> {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  errors?: string[] | undefined;
  hint?: string | undefined;
}

type ChoiceGroupProps<T extends string> = Common<T> &
  (
    | { multiple?: false; value: T | null; onChange: (value: T) => void }
    | { multiple: true; value: readonly T[]; onChange: (value: T[]) => void }
  );

export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { legend, name, options, errors = [], hint } = props;
  const errorId = useId();
  const hintId = useId();
  const described = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean);
  const checked = (value: T) =>
    props.multiple ? props.value.includes(value) : props.value === value;
  const toggle = (value: T) => {
    if (props.multiple) {
      const next = props.value.includes(value)
        ? props.value.filter((item) => item !== value)
        : [...props.value, value];
      props.onChange(next);
    } else {
      props.onChange(value);
    }
  };
  return (
    <fieldset
      className="choices"
      aria-invalid={errors.length > 0}
      aria-describedby={described.length > 0 ? described.join(" ") : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="choice-list">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={props.multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              checked={checked(option.value)}
              onChange={() => {
                toggle(option.value);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
