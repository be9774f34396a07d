// What went wrong with a submission as a whole, announced when it appears.

interface FormAlertProps {
  errors: string[];
  fieldErrors: Record<string, string[]>;
}

export function FormAlert({ errors, fieldErrors }: FormAlertProps) {
  const fieldsWrong = Object.keys(fieldErrors).length > 0;
  if (errors.length === 0 && !fieldsWrong) return null;
  return (
    <div role="alert" className="alert alert-error">
      {fieldsWrong && <p>Please correct the highlighted fields.</p>}
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  );
}
