// Route guards: sign-in first, then the roles a page needs.
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role, User } from "../api/types";
import { ErrorState, Loading } from "../ui/Status";
import { useSession } from "../api/context";
import { useAuth } from "./AuthProvider";

/**
 * Renders `children` with the signed-in user; sends anyone else to the login page, which returns
 * to this page after an expired session (a chosen sign-out starts afresh).
 */
export function RequireAuth({ children }: { children: (user: User) => ReactNode }) {
  const { state } = useAuth();
  const session = useSession();
  const location = useLocation();
  switch (state.status) {
    case "signed-out":
      return (
        <Navigate
          to="/login"
          replace
          state={session.hasExpired() ? { from: location.pathname } : null}
        />
      );
    case "loading":
      return <Loading label="Signing you in…" />;
    case "failed":
      return <ErrorState error={state.error} retry={state.retry} />;
    case "signed-in":
      return children(state.user);
  }
}

interface RequireRoleProps {
  user: User;
  roles: readonly Role[];
  children: ReactNode;
}

export function RequireRole({ user, roles, children }: RequireRoleProps) {
  if (roles.includes(user.role)) return children;
  return (
    <div role="alert" className="alert alert-error">
      <p>This page is for {roles.join(" or ")} accounts.</p>
    </div>
  );
}
