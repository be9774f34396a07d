// Ask serving to read the saved notes again (a model may be live now that was not before).
import { useApi } from "../api/context";
import { useSubmit } from "../forms/useSubmit";

export function ReadAgain() {
  const api = useApi();
  const again = useSubmit(api.readAgain);
  return (
    <div className="actions">
      <button
        type="button"
        className="button"
        disabled={again.pending}
        onClick={() => {
          again.submit(undefined);
        }}
      >
        Read my notes again
      </button>
      {again.formErrors.length > 0 && (
        <p role="alert" className="field-error">
          {again.formErrors.join(" ")}
        </p>
      )}
    </div>
  );
}
