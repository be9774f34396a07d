/** Why an action (a button, not a form) failed, announced next to it; nothing when it did not. */
export function ActionAlert({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <p role="alert" className="field-error">
      {errors.join(" ")}
    </p>
  );
}
