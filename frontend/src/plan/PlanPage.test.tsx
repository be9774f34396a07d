import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CurrentPlan } from "../api/types";
import { json } from "../test/fakeServer";
import {
  JOB,
  NO_FEEDBACK,
  NO_PLAN,
  PENDING_JOB,
  READY,
  RENEWED,
  VERSION,
} from "../test/planFixtures";
import { onDay } from "../test/clock";
import { renderApp } from "../test/render";
import { PlanPage } from "./PlanPage";

/** Answers GET /me/plans with each body in turn, the last one from then on. */
function planSequence(...bodies: CurrentPlan[]) {
  let at = 0;
  return () => json(200, bodies[Math.min(at++, bodies.length - 1)]);
}

const render = (plan: () => Response, routes = {}) =>
  renderApp(<PlanPage />, {
    at: "/plan",
    routes: {
      "GET /api/v1/me/plans": plan,
      "GET /api/v1/me/feedback/1": () => json(200, NO_FEEDBACK),
      "GET /api/v1/me/feedback/2": () => json(200, { ...NO_FEEDBACK, version: 2 }),
      ...routes,
    },
  });

describe("PlanPage", () => {
  // Monday 10 June 2024: today's plan day is day 1.
  onDay(new Date(2024, 5, 10, 12));

  it("asks for a plan, says it is being made, and shows it once serving has answered", async () => {
    const { server } = render(
      planSequence(NO_PLAN, { status: "pending", plan: null, job: PENDING_JOB }, READY),
      { "POST /api/v1/me/plans": () => json(202, PENDING_JOB) },
    );
    await userEvent.setup().click(await screen.findByRole("button", { name: "Make my plan" }));
    expect(await screen.findByText("Making your plan… this takes a few seconds.")).toBeVisible();
    // Polled, not reloaded: the plan appears by itself.
    expect(
      await screen.findByRole("heading", { name: "Monday's workout" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByText("3 × 8–12, rest 90 s")).toBeVisible();
    expect(screen.getByText("4 × 6, rest 120 s")).toBeVisible();
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("says clearly that serving is down, that the request is kept, and keeps the plan", async () => {
    const waiting = {
      ...PENDING_JOB,
      kind: "meals" as const,
      reason: "renewal",
      detail: "weight 82.5 -> 78 kg",
      attempts: 3,
      error: "serving at http://127.0.0.1:8001 unreachable: ConnectError",
    };
    render(planSequence({ status: "pending", plan: VERSION, job: waiting }));
    const status = (await screen.findByText("The planner is not answering right now.")).closest(
      "[role=status]",
    );
    expect(status).toHaveTextContent("The planner is not answering right now.");
    expect(status).toHaveTextContent(
      "Your request is kept: your updated plan will arrive by itself when the planner is back.",
    );
    expect(status).toHaveTextContent("Why: weight 82.5 → 78 kg");
    expect(status).not.toHaveTextContent("ConnectError");
    expect(screen.getByRole("heading", { name: "Monday's meals" })).toBeVisible();
    expect(screen.getByRole("button", { name: "New meals for Monday" })).toBeDisabled();
  });

  it("shows a failed plan with serving's reasons, and asks again", async () => {
    const failed = {
      ...JOB,
      status: "failed" as const,
      version: null,
      error: "no plan can meet these constraints",
      reasons: [
        { code: "protein", message: "a vegan diet without soy cannot reach 180 g of protein" },
      ],
    };
    const { server } = render(planSequence({ status: "failed", plan: null, job: failed }), {
      "POST /api/v1/me/plans": () => json(202, PENDING_JOB),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We could not make your plan.");
    expect(alert).toHaveTextContent("a vegan diet without soy cannot reach 180 g of protein");
    expect(within(alert).getByRole("link", { name: "profile" })).toHaveAttribute(
      "href",
      "/profile",
    );
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    expect(server.requests.some((r) => r.method === "POST" && r.url.endsWith("/me/plans"))).toBe(
      true,
    );
  });

  it("says where the plan came from and shows one day at a time, today first", async () => {
    // A plan with no job on record: the plan alone, not "no plan yet".
    render(planSequence({ ...READY, job: null }));
    expect(
      await screen.findByText(
        "Made by the reference planner (rules only). Your notes were not read automatically: your profile's settings apply.",
      ),
    ).toBeVisible();
    const monday = screen.getByRole("radio", { name: /Monday/ });
    expect(monday).toBeChecked();
    expect(monday.closest("label")).toHaveTextContent("today");
    await userEvent.setup().click(screen.getByRole("radio", { name: /Tuesday/ }));
    expect(screen.getByRole("heading", { name: "Tuesday's workout" })).toBeVisible();
    expect(screen.getByText("Rest day: recovery is part of the plan.")).toBeVisible();
    expect(screen.getByRole("heading", { name: "Rate version 1" })).toBeVisible();
    expect(screen.queryByText(/You have no plan yet/)).toBeNull();
  });

  it("says why a renewed version was made and what changed", async () => {
    render(planSequence({ status: "ready", plan: RENEWED, job: { ...JOB, version: 2 } }));
    expect(
      await screen.findByText(
        /Your profile changed: weight 82.5 → 78 kg; calories 2286 → 2216 kcal, protein 182 → 172 g\. New meals; the workouts stay\./,
      ),
    ).toBeVisible();
    const summary = screen.getByText("What changed since version 1");
    await userEvent.setup().click(summary);
    const diff = within(summary.closest("details") ?? document.body);
    expect(diff.getByRole("row", { name: "Calories 2286 kcal 2216 kcal" })).toBeVisible();
    // Days in week order, whatever order the API listed the changes in.
    expect(diff.getByText("Monday").compareDocumentPosition(diff.getByText("Tuesday"))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(diff.getByText("Breakfast: added Grits, cooked, 350 g")).toBeVisible();
    expect(diff.getByText("Lunch: Chicken breast, roasted 150 g → 140 g")).toBeVisible();
  });
});
