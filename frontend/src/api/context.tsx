// Hands the API client and the session to components (tests pass their own).
import { createContext, useContext, type ReactNode } from "react";
import type { Api } from "./client";
import type { Session } from "./session";

interface Connection {
  api: Api;
  session: Session;
}

const ConnectionContext = createContext<Connection | null>(null);

export function ApiProvider({ api, session, children }: Connection & { children: ReactNode }) {
  return <ConnectionContext value={{ api, session }}>{children}</ConnectionContext>;
}

function useConnection(): Connection {
  const connection = useContext(ConnectionContext);
  if (connection === null) throw new Error("useApi outside <ApiProvider>");
  return connection;
}

export const useApi = (): Api => useConnection().api;
export const useSession = (): Session => useConnection().session;
