import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { renderApp } from "../test/render";
import { PlanAdherence } from "./PlanAdherence";

const WINDOW = { start: "2024-05-15", end: "2024-06-11" };

describe("PlanAdherence", () => {
  it("shows the planned meals and exercises logged as done over the window", async () => {
    const { server } = renderApp(<PlanAdherence days={28} />, {
      routes: {
        "GET /api/v1/me/plans/adherence": () =>
          json(200, {
            ...WINDOW,
            meals_done: 12,
            meals_planned: 42,
            exercises_done: 9,
            exercises_planned: 24,
            percent: 31.8,
          }),
      },
    });
    const followed = (await screen.findByText("Plan followed")).closest(".stat");
    expect(followed).toHaveTextContent("32 %");
    expect(screen.getByText("Planned meals").closest(".stat")).toHaveTextContent("12 of 42");
    expect(screen.getByText("Planned exercises").closest(".stat")).toHaveTextContent("9 of 24");
    const asked = server.requests.find((r) => r.url.includes("/adherence"))?.url ?? "";
    expect(new URL(asked).searchParams.get("days")).toBe("28");
  });

  it("says when no plan was in force", async () => {
    renderApp(<PlanAdherence days={7} />, {
      routes: {
        "GET /api/v1/me/plans/adherence": () =>
          json(200, {
            ...WINDOW,
            meals_done: 0,
            meals_planned: 0,
            exercises_done: 0,
            exercises_planned: 0,
            percent: null,
          }),
      },
    });
    expect(await screen.findByText("No plan was in force in this window yet.")).toBeVisible();
  });
});
