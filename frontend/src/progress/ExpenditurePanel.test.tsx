import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Expenditure } from "../api/types";
import { json } from "../test/fakeServer";
import { renderApp } from "../test/render";
import { ExpenditurePanel } from "./ExpenditurePanel";

const EARLY: Expenditure = {
  formula_tdee_kcal: 2716.4,
  expenditure_kcal: null,
  start: null,
  end: null,
  mean_intake_kcal: null,
  trend_change_kg: null,
  intake_days: 0,
  weigh_ins: 1,
  missing: "needs weigh-ins at least 14 days apart within the last 28 days",
  use_for_targets: false,
  calories: 2216,
  last_check_in: null,
  next_check_in: null,
  max_weekly_step_kcal: 100,
};

const MEASURED: Expenditure = {
  ...EARLY,
  expenditure_kcal: 2540.2,
  start: "2024-05-20",
  end: "2024-06-10",
  intake_days: 19,
  weigh_ins: 12,
  missing: null,
  use_for_targets: true,
  calories: 2140,
  last_check_in: "2024-06-10",
  next_check_in: "2024-06-17",
};

const stat = (label: string) => screen.getByText(label).closest(".stat")?.textContent;

describe("ExpenditurePanel", () => {
  it("shows the formula's estimate and what the logs still need", async () => {
    renderApp(<ExpenditurePanel />, {
      routes: { "GET /api/v1/me/expenditure": () => json(200, EARLY) },
    });
    expect(await screen.findByText("Formula estimate")).toBeVisible();
    expect(stat("Formula estimate")).toContain("2,716 kcal");
    expect(stat("Measured from your logs")).toContain(
      "–Not yet: needs weigh-ins at least 14 days apart within the last 28 days.",
    );
    expect(stat("Calorie target")).toContain("2,216 kcalFrom the formula.");
  });

  it("opts in to targets from measured expenditure, and says what that means", async () => {
    let current = EARLY;
    const { server } = renderApp(<ExpenditurePanel />, {
      routes: {
        "GET /api/v1/me/expenditure": () => json(200, current),
        "PUT /api/v1/me/expenditure": () => {
          current = MEASURED;
          return json(200, MEASURED);
        },
      },
    });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole("checkbox", {
        name: "Base my calorie target on my measured expenditure",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(
      await screen.findByText(/Follows your measured expenditure, by at most 100 kcal/),
    ).toBeVisible();
    expect(stat("Measured from your logs")).toContain("2,540 kcal");
    expect(stat("Calorie target")).toContain("Next check-in 17 Jun.");
    expect(screen.getByRole("checkbox")).toBeChecked();
    expect(await server.requests.find((r) => r.method === "PUT")?.json()).toEqual({
      use_for_targets: true,
    });
  });

  it("keeps the choice when saving fails", async () => {
    renderApp(<ExpenditurePanel />, {
      routes: {
        "GET /api/v1/me/expenditure": () => json(200, EARLY),
        "PUT /api/v1/me/expenditure": () => json(503, { detail: "database unreachable" }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("database unreachable");
    expect(screen.getByRole("checkbox")).toBeChecked();
  });
});
