import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { TARGETS } from "../test/fixtures";
import { renderApp } from "../test/render";
import { TargetsSummary } from "./TargetsSummary";

const meal = (kcal: number, protein: number) => ({
  id: kcal,
  eaten_on: "2024-06-11",
  food_id: null,
  grams: null,
  name: "Meal",
  kcal,
  protein_g: protein,
  carbs_g: 10,
  fat_g: 5,
  notes: null,
});

describe("TargetsSummary", () => {
  it("fills each ring with today's meals", async () => {
    const { server } = renderApp(<TargetsSummary />, {
      routes: {
        "GET /api/v1/me/targets": () =>
          json(200, { ...TARGETS, warnings: ["raised to the calorie floor"] }),
        "GET /api/v1/me/meals": () =>
          json(200, { data: [meal(500, 40), meal(700.4, 35)], count: 2 }),
      },
    });
    expect(
      await screen.findByRole("img", { name: "Calories: 1,200 of 2,286 kcal" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Protein: 75 of 182 g" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Carbs: 20 of 246 g" })).toBeInTheDocument();
    expect(screen.getByText("raised to the calorie floor")).toBeInTheDocument();
    const query = new URL(server.requests.find((r) => r.url.includes("/meals"))?.url ?? "")
      .searchParams;
    expect(query.get("from")).toBe(query.get("to"));
  });

  it("sends an incomplete profile to onboarding", async () => {
    renderApp(<TargetsSummary />, {
      routes: {
        "GET /api/v1/me/targets": () =>
          json(409, { detail: "the profile lacks fields", missing: ["sex"] }),
        "GET /api/v1/me/meals": () => json(200, { data: [], count: 0 }),
      },
    });
    expect(await screen.findByRole("link", { name: "Finish your profile" })).toHaveAttribute(
      "href",
      "/onboarding",
    );
  });

  it("shows loading, then a failure with a retry that recovers", async () => {
    let fail = true;
    renderApp(<TargetsSummary />, {
      routes: {
        "GET /api/v1/me/targets": () =>
          fail ? json(503, { detail: "database unreachable" }) : json(200, TARGETS),
        "GET /api/v1/me/meals": () => json(200, { data: [], count: 0 }),
      },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Loading your targets…");
    expect(await screen.findByRole("alert")).toHaveTextContent("database unreachable");
    fail = false;
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("img", { name: "Calories: 0 of 2,286 kcal" }),
    ).toBeInTheDocument();
  });
});
