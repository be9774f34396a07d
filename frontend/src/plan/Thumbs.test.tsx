import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { NO_FEEDBACK } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { Thumbs } from "./Thumbs";

describe("Thumbs", () => {
  it("sends up or down, and takes a pressed thumb back", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(
      <Thumbs version={3} kind="exercise" day={2} position={1} label="Pullups" up={true} />,
      { routes: { "PUT /api/v1/me/feedback/3/thumbs": () => json(200, NO_FEEDBACK) } },
    );
    const like = screen.getByRole("button", { name: "Like Pullups" });
    expect(like).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Dislike Pullups" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    await user.click(like);
    await user.click(screen.getByRole("button", { name: "Dislike Pullups" }));
    const sent = await Promise.all(
      server.requests.filter((r) => r.method === "PUT").map((r) => r.json() as Promise<unknown>),
    );
    expect(sent).toEqual([
      { kind: "exercise", day: 2, position: 1, up: null },
      { kind: "exercise", day: 2, position: 1, up: false },
    ]);
  });

  it("says when the thumb could not be saved", async () => {
    renderApp(<Thumbs version={3} kind="meal" day={1} position={0} label="breakfast" up={null} />, {
      routes: {
        "PUT /api/v1/me/feedback/3/thumbs": () => json(404, { detail: "plan version 3 not found" }),
      },
    });
    await userEvent.setup().click(screen.getByRole("button", { name: "Like breakfast" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("plan version 3 not found");
  });
});
