// Renders a component inside the app's providers, talking to a fake server.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { createApi } from "../api/client";
import { ApiProvider } from "../api/context";
import { Session } from "../api/session";
import { AuthProvider } from "../auth/AuthProvider";
import { fakeServer, json, TOKEN, type FakeServer, type Handler } from "./fakeServer";
import { USER } from "./fixtures";

export const ORIGIN = "http://localhost:3000";

interface Options {
  routes?: Record<string, Handler>;
  /** The URL the app starts at; `ui` renders there. */
  at?: string;
  /** The history state of that first entry (what a redirect passed along). */
  state?: unknown;
  /** The route pattern `ui` renders at (default: `at`). */
  path?: string;
  signedIn?: boolean;
  /** Other routes, to see where the app navigates. */
  others?: Record<string, ReactNode>;
}

interface Rendered extends RenderResult {
  server: FakeServer;
  session: Session;
}

/** Shows the current path, so tests can assert navigation. */
export function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

export function renderApp(ui: ReactNode, options: Options = {}): Rendered {
  const { routes = {}, at = "/", state = null, path = at, signedIn = true, others = {} } = options;
  const server = fakeServer({ "GET /api/v1/me": () => json(200, USER), ...routes });
  const session = new Session(ORIGIN, server.transport, window.localStorage, undefined);
  if (signedIn) session.signIn(TOKEN);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rendered = render(
    <ApiProvider api={createApi(session, ORIGIN)} session={session}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[{ pathname: at, state }]}>
          <AuthProvider>
            <Routes>
              <Route path={path} element={ui} />
              {Object.entries(others).map(([route, element]) => (
                <Route key={route} path={route} element={element} />
              ))}
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...rendered, server, session };
}
