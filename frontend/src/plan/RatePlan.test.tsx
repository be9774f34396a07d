import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { NO_FEEDBACK } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { RatePlan } from "./RatePlan";

describe("RatePlan", () => {
  it("starts from the saved rating and sends stars and comment", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(<RatePlan version={1} />, {
      routes: {
        "GET /api/v1/me/feedback/1": () => json(200, { ...NO_FEEDBACK, stars: 3, comment: "ok" }),
        "PUT /api/v1/me/feedback/1": () => json(200, { ...NO_FEEDBACK, stars: 5 }),
      },
    });
    expect(await screen.findByRole("radio", { name: "3 stars" })).toBeChecked();
    expect(screen.getByLabelText("Comment (optional)")).toHaveValue("ok");
    await user.click(screen.getByRole("radio", { name: "5 stars" }));
    await user.clear(screen.getByLabelText("Comment (optional)"));
    await user.type(screen.getByLabelText("Comment (optional)"), "Loved the lunches");
    await user.click(screen.getByRole("button", { name: "Save rating" }));
    expect(await screen.findByText("Thanks: your rating is saved.")).toBeVisible();
    expect(await server.requests.find((r) => r.method === "PUT")?.json()).toEqual({
      stars: 5,
      comment: "Loved the lunches",
    });
  });

  it("keeps the stars and comment when saving fails", async () => {
    const user = userEvent.setup();
    renderApp(<RatePlan version={1} />, {
      routes: {
        "GET /api/v1/me/feedback/1": () => json(200, NO_FEEDBACK),
        "PUT /api/v1/me/feedback/1": () => json(503, { detail: "database unreachable" }),
      },
    });
    await user.click(await screen.findByRole("radio", { name: "2 stars" }));
    await user.type(screen.getByLabelText("Comment (optional)"), "Too much rice");
    await user.click(screen.getByRole("button", { name: "Save rating" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("database unreachable");
    expect(screen.getByRole("radio", { name: "2 stars" })).toBeChecked();
    expect(screen.getByLabelText("Comment (optional)")).toHaveValue("Too much rice");
  });
});
