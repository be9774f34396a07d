import { Link, Navigate } from "react-router";
import { useSubmit } from "../forms/useSubmit";
import { useAuth } from "./AuthProvider";
import { AuthPage } from "./AuthPage";
import { CredentialsForm, type Credentials } from "./CredentialsForm";

export function RegisterPage() {
  const { state, register } = useAuth();
  const submission = useSubmit(({ email, password }: Credentials) => register(email, password));
  // Registration signs in; the home route then sends a new profile to onboarding.
  if (state.status === "signed-in") return <Navigate to="/" replace />;
  return (
    <AuthPage title="Create your account">
      <CredentialsForm
        submission={submission}
        action="Create account"
        pendingAction="Creating your account…"
        newPassword
      />
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </AuthPage>
  );
}
