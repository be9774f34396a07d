// A labelled form control with its hint and the API's messages wired for assistive technology.
import { useId, type ReactNode } from "react";

export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

interface FieldProps {
  label: string;
  name: string;
  errors?: string[] | undefined;
  hint?: string;
  /** Keep the label for assistive technology only (the context already names the field). */
  hideLabel?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, name, errors = [], hint, hideLabel = false, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean);
  const control: ControlProps = {
    id,
    name,
    "aria-invalid": errors.length > 0,
    ...(described.length > 0 ? { "aria-describedby": described.join(" ") } : {}),
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children(control)}
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}
