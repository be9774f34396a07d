import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PlanVersionSummary } from "../api/types";
import { json } from "../test/fakeServer";
import { JOB, NO_FEEDBACK, RENEWED, SUMMARY } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { PlanHistoryPage } from "./PlanHistoryPage";

const summary = (
  version: number,
  changes: Partial<PlanVersionSummary> = {},
): PlanVersionSummary => ({ ...SUMMARY, version, ...changes });

const HISTORY = [
  summary(2, {
    kind: "meals",
    reason: "renewal",
    detail: "weight 82.5 -> 78 kg",
    variant: "champion",
    model_version: "3",
    source: "repaired",
    notes_read: true,
    calories: 2216,
  }),
  summary(1),
];

describe("PlanHistoryPage", () => {
  it("lists the versions, says why and how each was made, and loads a diff on request", async () => {
    const { server } = renderApp(<PlanHistoryPage />, {
      at: "/plan/history",
      routes: {
        "GET /api/v1/me/plans": () => json(200, { status: "ready", plan: RENEWED, job: JOB }),
        "GET /api/v1/me/plans/history": () => json(200, { data: HISTORY, count: 2 }),
        "GET /api/v1/me/plans/1/diff/2": () => json(200, RENEWED.diff),
        "GET /api/v1/me/feedback/1": () => json(200, { ...NO_FEEDBACK, stars: 4 }),
      },
    });
    const entry = async (name: RegExp) => {
      const item = (await screen.findByRole("heading", { name })).closest("li");
      if (item === null) throw new Error("no entry");
      return item;
    };
    const renewal = await entry(/^Version 2/);
    const first = await entry(/^Version 1/);
    expect(within(renewal).getByRole("heading")).toHaveTextContent("Version 2current");
    expect(renewal).toHaveTextContent(
      "Your profile changed: weight 82.5 → 78 kg. New meals; the workouts stay.",
    );
    expect(renewal).toHaveTextContent(
      "Written by the planning model, then corrected by the rules (model version 3). A model read your notes",
    );
    expect(first).toHaveTextContent("You asked for a plan.");
    expect(within(first).queryByText(/What changed/)).toBeNull();

    const user = userEvent.setup();
    await user.click(within(renewal).getByText("What changed since version 1"));
    expect(await within(renewal).findByText("Breakfast: added Grits, cooked, 350 g")).toBeVisible();
    await user.click(within(first).getByText("Rate version 1"));
    expect(await within(first).findByRole("radio", { name: "4 stars" })).toBeChecked();
    expect(server.requests.some((r) => r.url.endsWith("/plans/1/diff/2"))).toBe(true);
  });

  it("offers older versions when there are more", async () => {
    const { server } = renderApp(<PlanHistoryPage />, {
      at: "/plan/history",
      routes: {
        "GET /api/v1/me/plans": () => json(200, { status: "ready", plan: RENEWED, job: JOB }),
        "GET /api/v1/me/plans/history": () => json(200, { data: HISTORY, count: 12 }),
      },
    });
    await userEvent
      .setup()
      .click(await screen.findByRole("button", { name: "Show older versions" }));
    const limits = server.requests
      .filter((r) => r.url.includes("/history"))
      .map((r) => new URL(r.url).searchParams.get("limit"));
    expect(limits).toContain("20");
  });
});
