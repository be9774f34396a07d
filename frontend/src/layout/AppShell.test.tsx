import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Role } from "../api/types";
import { json } from "../test/fakeServer";
import { USER } from "../test/fixtures";
import { renderApp } from "../test/render";
import { AppShell } from "./AppShell";

const links = (role: Role) => {
  const { unmount } = renderApp(<AppShell user={{ ...USER, role }} />, { at: "/dashboard" });
  const names = within(screen.getByRole("navigation", { name: "Main" }))
    .getAllByRole("link")
    .map((link) => link.textContent);
  unmount();
  return names;
};

describe("AppShell", () => {
  it("shows each role its pages", () => {
    expect(links("user")).toEqual(["Today", "Plan", "Log", "Progress", "Profile"]);
    expect(links("scientist")).toEqual([
      "Today",
      "Plan",
      "Log",
      "Progress",
      "Profile",
      "Experiments",
    ]);
    expect(links("admin")).toEqual([
      "Today",
      "Plan",
      "Log",
      "Progress",
      "Profile",
      "Experiments",
      "Users",
    ]);
  });

  it("marks the current page and offers a skip link", () => {
    renderApp(<AppShell user={USER} />, { at: "/dashboard" });
    expect(screen.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#main");
  });

  it("signs out: revokes the refresh token and forgets it", async () => {
    const { server, session } = renderApp(<AppShell user={USER} />, {
      at: "/dashboard",
      routes: { "POST /api/v1/auth/logout": () => json(204, null) },
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign out" }));
    expect(session.isSignedIn()).toBe(false);
    expect(server.requests.some((request) => request.url.endsWith("/auth/logout"))).toBe(true);
  });
});
