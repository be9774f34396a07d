import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { createApi } from "./api/client";
import { ApiProvider } from "./api/context";
import { makeQueryClient } from "./api/queries";
import { Session } from "./api/session";
import { AuthProvider } from "./auth/AuthProvider";
import "./styles.css";

// Same origin as the page: the API serves the built app, and `npm run dev` proxies /api.
const origin = window.location.origin;
const session = new Session(origin, (request) => fetch(request), window.localStorage);
session.watch(window);
const api = createApi(session, origin);
const queryClient = makeQueryClient();

const root = document.getElementById("root");
if (root === null) throw new Error("index.html lacks #root");
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api} session={session}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
