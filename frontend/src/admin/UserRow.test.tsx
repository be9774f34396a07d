import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { USER } from "../test/fixtures";
import { renderApp } from "../test/render";
import { UserRow } from "./UserRow";

const inTable = (row: ReactNode) => (
  <table>
    <tbody>{row}</tbody>
  </table>
);

describe("UserRow", () => {
  it("changes a role", async () => {
    const { server } = renderApp(inTable(<UserRow user={USER} />), {
      routes: {
        "PATCH /api/v1/admin/users/1/role": () => json(200, { ...USER, role: "scientist" }),
      },
    });
    await userEvent
      .setup()
      .selectOptions(screen.getByLabelText("Role of sam@example.com"), "scientist");
    expect(await server.requests.find((r) => r.method === "PATCH")?.json()).toEqual({
      role: "scientist",
    });
  });

  it("shows why a change was refused, and keeps the role", async () => {
    renderApp(inTable(<UserRow user={{ ...USER, role: "admin" }} />), {
      routes: {
        "PATCH /api/v1/admin/users/1/role": () =>
          json(409, { detail: "admins cannot change their own role" }),
      },
    });
    await userEvent.setup().selectOptions(screen.getByLabelText("Role of sam@example.com"), "user");
    expect(await screen.findByText("admins cannot change their own role")).toBeInTheDocument();
    expect(screen.getByLabelText("Role of sam@example.com")).toHaveValue("admin");
  });
});
