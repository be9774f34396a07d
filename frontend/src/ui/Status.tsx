// Loading and error states, the same on every page.
import { ApiError } from "../api/errors";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

interface ErrorStateProps {
  error: Error;
  retry?: () => void;
}

export function ErrorState({ error, retry }: ErrorStateProps) {
  const message = error instanceof ApiError ? error.message : "Something went wrong.";
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
