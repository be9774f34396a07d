import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json } from "../test/fakeServer";
import { NO_PLAN, READY } from "../test/planFixtures";
import { onDay } from "../test/clock";
import { renderApp } from "../test/render";
import { GroceryPage } from "./GroceryPage";

const LIST = {
  start: "2024-06-10",
  end: "2024-06-16",
  version: 1,
  data: [
    {
      food_id: "09003",
      name: "Apple",
      grams: 364,
      household: "2 medium",
      portion: { label: "1 medium", grams: 182 },
    },
    { food_id: "08120", name: "Oats", grams: 560, household: null, portion: null },
  ],
  count: 2,
};

describe("GroceryPage", () => {
  onDay(new Date(2024, 5, 10, 12));

  it("lists the week's foods in household units and grams, for the days chosen", async () => {
    const { server } = renderApp(<GroceryPage />, {
      at: "/plan/grocery",
      routes: {
        "GET /api/v1/me/plans": () => json(200, READY),
        "GET /api/v1/me/grocery": () => json(200, LIST),
      },
    });
    expect(await screen.findByRole("row", { name: "Apple 2 medium 364 g" })).toBeVisible();
    expect(screen.getByRole("row", { name: "Oats – 560 g" })).toBeVisible();
    expect(screen.getByText("2 foods for 10 Jun to 16 Jun, plan version 1")).toBeVisible();
    const first = new URL(server.requests.find((r) => r.url.includes("grocery"))?.url ?? "");
    expect(Object.fromEntries(first.searchParams)).toEqual({
      from: "2024-06-10",
      to: "2024-06-16",
    });

    const last = screen.getByLabelText("Last day");
    await userEvent
      .setup()
      .type(last, "2024-06-12", { initialSelectionStart: 0, initialSelectionEnd: 10 });
    await vi.waitFor(() => {
      expect(server.requests.some((r) => r.url.includes("to=2024-06-12"))).toBe(true);
    });
  });

  it("sends a user without a plan to make one first", async () => {
    renderApp(<GroceryPage />, {
      at: "/plan/grocery",
      routes: { "GET /api/v1/me/plans": () => json(200, NO_PLAN) },
    });
    expect(await screen.findByRole("link", { name: "Make your plan" })).toHaveAttribute(
      "href",
      "/plan",
    );
  });
});
