import { Link, Navigate, useLocation } from "react-router";
import { useSubmit } from "../forms/useSubmit";
import { useAuth } from "./AuthProvider";
import { AuthPage } from "./AuthPage";
import { CredentialsForm, type Credentials } from "./CredentialsForm";

/** Where the user was when their session expired (the guard's note), to return there. */
function expiredAt(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("from" in state)) return null;
  return typeof state.from === "string" && state.from.startsWith("/") ? state.from : null;
}

export function LoginPage() {
  const { state, login } = useAuth();
  const location = useLocation();
  const submission = useSubmit(({ email, password }: Credentials) => login(email, password));
  // Signing in flips the state; the redirect happens here rather than in a success callback.
  const expired = expiredAt(location.state);
  if (state.status === "signed-in") return <Navigate to={expired ?? "/"} replace />;
  return (
    <AuthPage title="Sign in">
      {expired !== null && (
        <p role="status" className="alert alert-warning">
          Your session has ended. Sign in again to carry on where you were.
        </p>
      )}
      <CredentialsForm submission={submission} action="Sign in" pendingAction="Signing in…" />
      <p>
        New to NexFitra? <Link to="/register">Create an account</Link>
      </p>
    </AuthPage>
  );
}
