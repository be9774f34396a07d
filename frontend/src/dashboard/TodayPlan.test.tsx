import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { NO_PLAN, PENDING_JOB, READY } from "../test/planFixtures";
import { onDay } from "../test/clock";
import { renderApp } from "../test/render";
import { TodayPlan } from "./TodayPlan";

describe("TodayPlan", () => {
  // Tuesday 11 June 2024: a rest day in the fixture's plan.
  onDay(new Date(2024, 5, 11, 12));

  it("shows today's workout and meals from the plan, without editing controls", async () => {
    renderApp(<TodayPlan />, { routes: { "GET /api/v1/me/plans": () => json(200, READY) } });
    const workout = screen.getByRole("region", { name: "Today's workout" });
    expect(
      await within(workout).findByText("Rest day: recovery is part of the plan."),
    ).toBeVisible();
    const meals = screen.getByRole("region", { name: "Today's meals" });
    expect(within(meals).getByRole("heading", { name: "Breakfast" })).toBeVisible();
    expect(within(meals).getByText("Oats")).toBeVisible();
    expect(within(meals).queryByRole("button")).toBeNull();
    expect(within(meals).getByRole("link", { name: "See the whole week" })).toHaveAttribute(
      "href",
      "/plan",
    );
  });

  it("leads to the plan page when there is none, and says when one is on its way", async () => {
    const { unmount } = renderApp(<TodayPlan />, {
      routes: { "GET /api/v1/me/plans": () => json(200, NO_PLAN) },
    });
    expect(await screen.findAllByRole("link", { name: "Make your plan" })).toHaveLength(2);
    unmount();

    renderApp(<TodayPlan />, {
      routes: {
        "GET /api/v1/me/plans": () =>
          json(200, { status: "pending", plan: null, job: { ...PENDING_JOB, error: "down" } }),
      },
    });
    expect(
      await screen.findAllByText(
        "The planner is not answering right now; your plan will arrive when it is back.",
      ),
    ).toHaveLength(2);
  });
});
