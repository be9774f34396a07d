import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json } from "../test/fakeServer";
import { PROFILE } from "../test/fixtures";
import { NOT_READ, PENDING_JOB, READ } from "../test/planFixtures";
import { renderApp } from "../test/render";
import { NotesReading } from "./NotesReading";

const accepted = (request: Request[]): Promise<unknown> | undefined =>
  request.find((r) => r.method === "POST" && r.url.endsWith("/reading/accept"))?.json();

describe("NotesReading", () => {
  it("with no model, says the notes were not read and takes the constraints by hand", async () => {
    const done = vi.fn();
    const user = userEvent.setup();
    const { server } = renderApp(<NotesReading profile={PROFILE} onDone={done} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () => json(200, NOT_READ),
        "POST /api/v1/me/notes/reading/accept": () => json(200, PROFILE),
      },
    });
    expect(await screen.findByText(/Your notes could not be read automatically\./)).toBeVisible();
    const allergies = screen.getByRole("group", { name: "Allergies" });
    expect(
      within(allergies)
        .getAllByRole("checkbox")
        .every((box) => !(box as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(within(allergies).getByRole("checkbox", { name: "Fish" }));
    await user.click(screen.getByRole("checkbox", { name: "Kettlebell" }));
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    await vi.waitFor(() => {
      expect(done).toHaveBeenCalledOnce();
    });
    expect(await accepted(server.requests)).toEqual({
      allergies: ["fish"],
      diets: [],
      equipment: ["kettlebell"],
      injuries: [],
      disliked_foods: [],
    });
  });

  it("starts from a model's suggestions, says what the profile holds, and sends the edits", async () => {
    const user = userEvent.setup();
    const profile = { ...PROFILE, diets: ["halal" as const] };
    const { server } = renderApp(<NotesReading profile={profile} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () => json(200, READ),
        "POST /api/v1/me/notes/reading/accept": () => json(200, PROFILE),
      },
    });
    expect(await screen.findByText(/This is what we understood in your notes/)).toBeVisible();
    expect(screen.getByRole("checkbox", { name: "Shellfish" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Kettlebell" })).toBeChecked();
    const refused = screen.getByRole("group", { name: "Foods to avoid" });
    expect(within(refused).getByRole("checkbox", { name: "Olives" })).toBeChecked();
    const diets = screen.getByRole("group", { name: "Diets" });
    expect(diets).toHaveAccessibleDescription("Already in your profile: Halal.");
    expect(within(diets).queryByRole("checkbox", { name: "Halal" })).toBeNull();
    expect(within(diets).getByRole("checkbox", { name: "Gluten free" })).toBeChecked();
    expect(within(diets).getByRole("checkbox", { name: "Pescatarian" })).toBeChecked();
    expect(
      screen.getByRole("group", { name: "Equipment you can use" }),
    ).toHaveAccessibleDescription("Already in your profile: Dumbbell.");
    await user.click(screen.getByRole("checkbox", { name: "Kettlebell" }));
    await user.click(within(diets).getByRole("checkbox", { name: "Pescatarian" }));
    await user.click(screen.getByRole("button", { name: "Confirm" }));
    expect(await accepted(server.requests)).toEqual({
      allergies: ["shellfish"],
      diets: ["gluten_free"],
      equipment: [],
      injuries: [],
      disliked_foods: ["olives"],
    });
  });

  it("offers what the API reads on a topic this app does not know yet", async () => {
    const reading = { ...READ, suggestions: { ...READ.suggestions, dislikes: ["okra"] } };
    const { server } = renderApp(<NotesReading profile={PROFILE} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () => json(200, reading),
        "POST /api/v1/me/notes/reading/accept": () => json(200, PROFILE),
      },
    });
    const dislikes = await screen.findByRole("group", { name: "Dislikes" });
    expect(within(dislikes).getByRole("checkbox", { name: "Okra" })).toBeChecked();
    await userEvent.setup().click(screen.getByRole("button", { name: "Confirm" }));
    expect(await accepted(server.requests)).toMatchObject({ dislikes: ["okra"] });
  });

  it("while serving is down, says the notes wait and lets onboarding go on", async () => {
    const done = vi.fn();
    renderApp(<NotesReading profile={PROFILE} onDone={done} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () =>
          json(200, {
            ...NOT_READ,
            status: "pending",
            notes_read: null,
            job: { ...PENDING_JOB, kind: "read", error: "serving unreachable" },
          }),
      },
    });
    expect(
      await screen.findByText(/^Your notes are waiting to be read: the planner is not answering/),
    ).toHaveAttribute("role", "status");
    await userEvent.setup().click(screen.getByRole("button", { name: "Continue" }));
    expect(done).toHaveBeenCalledOnce();
  });

  it("says so when there are no notes, and when the reading was confirmed", async () => {
    const { unmount } = renderApp(<NotesReading profile={PROFILE} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () =>
          json(404, { detail: "no reading of the notes yet: save notes in the profile first" }),
      },
    });
    expect(
      await screen.findByText("You have written no notes, so there is nothing to read."),
    ).toBeVisible();
    unmount();

    const { server } = renderApp(<NotesReading profile={PROFILE} />, {
      routes: {
        "GET /api/v1/me/notes/reading": () =>
          json(200, { ...READ, status: "accepted", decided_at: "2024-06-11T10:00:00Z" }),
        "POST /api/v1/me/notes/reading": () => json(202, { ...READ, status: "pending" }),
      },
    });
    expect(await screen.findByText(/You confirmed what your notes say on 11 Jun/)).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Read my notes again" }));
    expect(server.requests.some((r) => r.method === "POST")).toBe(true);
  });
});
