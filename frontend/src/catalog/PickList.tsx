// Names chosen from a catalog (or typed), shown as removable chips, with the API's errors.
import type { ReactNode } from "react";

interface PickListProps {
  legend: string;
  names: readonly string[];
  onRemove: (name: string) => void;
  errors?: string[] | undefined;
  /** The search that adds names. */
  children: ReactNode;
}

export function PickList({ legend, names, onRemove, errors = [], children }: PickListProps) {
  return (
    <fieldset className="pick-list" aria-invalid={errors.length > 0}>
      <legend>{legend}</legend>
      {names.length === 0 ? (
        <p className="hint">None chosen yet.</p>
      ) : (
        <ul className="chips" aria-label={`${legend}: chosen`}>
          {names.map((name) => (
            <li key={name} className="chip">
              <span>{name}</span>
              <button
                type="button"
                aria-label={`Remove ${name}`}
                onClick={() => {
                  onRemove(name);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && <p className="field-error">{errors.join(" ")}</p>}
      {children}
    </fieldset>
  );
}
