// Ask for a plan: the API queues a job and answers at once; the plan follows when serving has
// made it.
import { useApi } from "../api/context";
import { useSubmit } from "../forms/useSubmit";

export function RequestPlan({ label }: { label: string }) {
  const api = useApi();
  const request = useSubmit(api.requestPlan);
  return (
    <div className="actions">
      <button
        type="button"
        className="button primary"
        disabled={request.pending}
        aria-busy={request.pending}
        onClick={() => {
          request.submit(undefined);
        }}
      >
        {request.pending ? "Asking…" : label}
      </button>
      {request.formErrors.length > 0 && (
        <p role="alert" className="field-error">
          {request.formErrors.join(" ")}
        </p>
      )}
    </div>
  );
}
