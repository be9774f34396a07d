import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { USER } from "../test/fixtures";
import { renderApp, Where } from "../test/render";
import { RequireAuth, RequireRole } from "./guards";

const Private = () => <RequireAuth>{(user) => <p>Hello {user.email}</p>}</RequireAuth>;

describe("RequireAuth", () => {
  it("renders the page for the signed-in user", async () => {
    renderApp(<Private />, { at: "/log" });
    expect(await screen.findByText("Hello sam@example.com")).toBeInTheDocument();
  });

  it("sends a signed-out visitor to the login page", async () => {
    renderApp(<Private />, { at: "/log", signedIn: false, others: { "/login": <Where /> } });
    expect(await screen.findByTestId("where")).toHaveTextContent("/login");
  });

  it("sends an expired session to the login page", async () => {
    const { session } = renderApp(<Private />, {
      at: "/log",
      routes: {
        "GET /api/v1/me": () => json(401, { detail: "invalid or expired access token" }),
        "POST /api/v1/auth/refresh": () => json(401, { detail: "refresh token is reused" }),
      },
      others: { "/login": <Where /> },
    });
    expect(await screen.findByTestId("where")).toHaveTextContent("/login");
    expect(session.hasExpired()).toBe(true);
  });

  it("offers a retry when the account cannot be loaded", async () => {
    renderApp(<Private />, {
      at: "/log",
      routes: { "GET /api/v1/me": () => Promise.reject(new TypeError("offline")) },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach NexFitra");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

describe("RequireRole", () => {
  it("shows the page to the roles it names and explains itself to others", () => {
    const { rerender } = renderApp(
      <RequireRole user={{ ...USER, role: "scientist" }} roles={["scientist", "admin"]}>
        <p>Report</p>
      </RequireRole>,
    );
    expect(screen.getByText("Report")).toBeInTheDocument();
    rerender(
      <RequireRole user={USER} roles={["admin"]}>
        <p>Report</p>
      </RequireRole>,
    );
    expect(screen.queryByText("Report")).not.toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("This page is for admin accounts.");
  });
});
