// Controlled inputs for the Field render prop: numbers as text, enums as selects.
import type { ControlProps } from "./Field";

interface NumberInputProps {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  integer?: boolean;
}

export function NumberInput({ control, value, onChange, integer = false }: NumberInputProps) {
  return (
    <input
      {...control}
      type="number"
      inputMode={integer ? "numeric" : "decimal"}
      step={integer ? 1 : "any"}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    />
  );
}

interface SelectInputProps<T extends string> {
  control: ControlProps;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | null) => void;
  /** The empty choice's label; the API stores it as null. */
  emptyLabel?: string;
}

export function SelectInput<T extends string>(props: SelectInputProps<T>) {
  const { control, value, options, onChange, emptyLabel = "Choose…" } = props;
  return (
    <select
      {...control}
      value={value ?? ""}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        onChange(chosen ? chosen.value : null);
      }}
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
