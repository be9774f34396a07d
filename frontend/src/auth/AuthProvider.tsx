// Who is signed in: the session's refresh token says whether, GET /me says who and in which role.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { useApi, useSession } from "../api/context";
import { keys } from "../api/queries";
import type { User } from "../api/types";

type AuthState =
  | { status: "signed-out" }
  | { status: "loading" }
  | { status: "failed"; error: Error; retry: () => void }
  | { status: "signed-in"; user: User };

interface Auth {
  state: AuthState;
  login: (email: string, password: string) => Promise<void>;
  register: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const signedIn = useSyncExternalStore(session.subscribe, session.isSignedIn);
  const me = useQuery({
    queryKey: keys.me,
    queryFn: api.me,
    enabled: signedIn,
    staleTime: Infinity,
  });

  useEffect(() => {
    // Signed out here, by another tab or by an expired session: drop the last user's data.
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  let state: AuthState;
  if (!signedIn) state = { status: "signed-out" };
  else if (me.isPending) state = { status: "loading" };
  else if (me.isError) {
    state = {
      status: "failed",
      error: me.error,
      retry: () => {
        void me.refetch();
      },
    };
  } else state = { status: "signed-in", user: me.data };

  const login = async (email: string, password: string) => {
    session.signIn(await api.login(email, password));
  };
  const auth: Auth = {
    state,
    login,
    register: async (email, password) => {
      await api.register(email, password);
      await login(email, password);
    },
    logout: () => session.signOut(),
  };
  return <AuthContext value={auth}>{children}</AuthContext>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error("useAuth outside <AuthProvider>");
  return auth;
}
