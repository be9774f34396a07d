import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, TOKEN } from "../test/fakeServer";
import { invalid } from "../test/fixtures";
import { renderApp, Where } from "../test/render";
import { LoginPage } from "./LoginPage";

async function fillIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("LoginPage", () => {
  it("signs in and goes home", async () => {
    const { session } = renderApp(<LoginPage />, {
      at: "/login",
      signedIn: false,
      routes: { "POST /api/v1/auth/login": () => json(200, TOKEN) },
      others: { "/": <Where /> },
    });
    await fillIn("sam@example.com", "long enough pw");
    expect(await screen.findByTestId("where")).toHaveTextContent(/^\/$/);
    expect(session.isSignedIn()).toBe(true);
  });

  it("shows the API's refusal and keeps what was typed", async () => {
    renderApp(<LoginPage />, {
      at: "/login",
      signedIn: false,
      routes: {
        "POST /api/v1/auth/login": () => json(401, { detail: "incorrect email or password" }),
      },
    });
    await fillIn("sam@example.com", "wrong password");
    expect(await screen.findByRole("alert")).toHaveTextContent("incorrect email or password");
    expect(screen.getByLabelText("Email")).toHaveValue("sam@example.com");
    expect(screen.getByLabelText("Password")).toHaveValue("wrong password");
  });

  it("shows a 422 about `username` next to the email field", async () => {
    renderApp(<LoginPage />, {
      at: "/login",
      signedIn: false,
      routes: {
        "POST /api/v1/auth/login": () =>
          json(422, invalid([["body", "username"], "Field required"])),
      },
    });
    await fillIn("x", "pw");
    const email = screen.getByLabelText("Email");
    expect(await screen.findByText("Field required")).toBeInTheDocument();
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription("Field required");
  });

  it("says when the server cannot be reached", async () => {
    renderApp(<LoginPage />, {
      at: "/login",
      signedIn: false,
      routes: { "POST /api/v1/auth/login": () => Promise.reject(new TypeError("Failed to fetch")) },
    });
    await fillIn("sam@example.com", "long enough pw");
    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach NexFitra");
  });

  it("after an expired session, says so and returns to the page the user was on", async () => {
    renderApp(<LoginPage />, {
      at: "/login",
      state: { from: "/progress" },
      signedIn: false,
      routes: { "POST /api/v1/auth/login": () => json(200, TOKEN) },
      others: { "/progress": <Where /> },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Your session has ended.");
    await fillIn("sam@example.com", "long enough pw");
    expect(await screen.findByTestId("where")).toHaveTextContent("/progress");
  });
});
