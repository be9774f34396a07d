import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PlanVersion } from "../api/types";
import { json } from "../test/fakeServer";
import { invalid } from "../test/fixtures";
import { PENDING_JOB, planDay, VERSION } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { DayMeals } from "./DayMeals";

const render = (version: PlanVersion, routes = {}, planPending = false) =>
  renderApp(
    <DayMeals day={planDay(1)} version={version} thumbOf={() => null} planPending={planPending} />,
    { routes },
  );

const body = (requests: Request[], method: string): Promise<unknown> | undefined =>
  requests.find((r) => r.method === method)?.json();

describe("DayMeals", () => {
  it("locks one item, and unlocks it again", async () => {
    const locked = { ...VERSION, locks: [{ day: 1, meal: 0, food_id: "08120" }] };
    const { server, unmount } = render(VERSION, {
      "PUT /api/v1/me/plans/1/locks": () => json(200, locked),
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Lock Oats" }));
    expect(await body(server.requests, "PUT")).toEqual({
      locks: [{ day: 1, meal: 0, food_id: "08120" }],
    });
    unmount();

    const again = render(locked, { "PUT /api/v1/me/plans/1/locks": () => json(200, VERSION) });
    const oats = screen.getByRole("button", { name: "Lock Oats" });
    expect(oats).toHaveAttribute("aria-pressed", "true");
    await userEvent.setup().click(oats);
    expect(await body(again.server.requests, "PUT")).toEqual({ locks: [] });
  });

  it("a locked meal keeps its items locked and cannot be made anew", () => {
    render({ ...VERSION, locks: [{ day: 1, meal: 1, food_id: null }] });
    const lunch = screen.getByRole("region", { name: "Lunch" });
    expect(within(lunch).getByRole("button", { name: "Lock all of lunch" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(lunch).getByRole("button", { name: "Lock Rice, cooked" })).toBeDisabled();
    expect(within(lunch).getByRole("button", { name: "New lunch" })).toBeDisabled();
    const breakfast = screen.getByRole("region", { name: "Breakfast" });
    expect(within(breakfast).getByRole("button", { name: "New breakfast" })).toBeEnabled();
  });

  it("asks for a new meal or a new day of meals", async () => {
    const user = userEvent.setup();
    const { server } = render(VERSION, {
      "POST /api/v1/me/plans/1/regenerate": () => json(202, PENDING_JOB),
    });
    await user.click(screen.getByRole("button", { name: "New lunch" }));
    await user.click(screen.getByRole("button", { name: "New meals for Monday" }));
    const sent = await Promise.all(
      server.requests.filter((r) => r.method === "POST").map((r) => r.json() as Promise<unknown>),
    );
    expect(sent).toEqual([{ day: 1, meal: 1 }, { day: 1 }]);
  });

  it("shows why a request was refused, and changes nothing while a version is made", async () => {
    const { unmount } = render(VERSION, {
      "POST /api/v1/me/plans/1/regenerate": () =>
        json(422, invalid([["body"], "everything to regenerate is locked; unlock an item first"])),
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "New breakfast" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "everything to regenerate is locked; unlock an item first",
    );
    unmount();

    render(VERSION, {}, true);
    expect(screen.getByRole("button", { name: "New breakfast" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Lock Oats" })).toBeDisabled();
  });

  it("shows the day against its target", () => {
    render(VERSION);
    expect(
      screen.getByText("Day total 2,250 kcal of 2,286 kcal; protein 180 g of 182 g."),
    ).toBeVisible();
  });
});
