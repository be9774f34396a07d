import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { EMPTY_PROFILE, PROFILE, TARGETS } from "../test/fixtures";
import { NOT_READ } from "../test/planFixtures";
import { renderApp, Where } from "../test/render";
import { OnboardingPage } from "./OnboardingPage";

describe("OnboardingPage", () => {
  it("starts at the first step", async () => {
    renderApp(<OnboardingPage />, {
      at: "/onboarding",
      path: "/onboarding/:step?",
      routes: { "GET /api/v1/me/profile": () => json(200, EMPTY_PROFILE) },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "About you" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "1 About you" })).toHaveAttribute(
      "aria-current",
      "step",
    );
  });

  it("saves the notes, takes what they say by hand when no model read them, then reviews", async () => {
    let profile = PROFILE;
    const { server } = renderApp(<OnboardingPage />, {
      at: "/onboarding/notes",
      path: "/onboarding/:step?",
      routes: {
        "GET /api/v1/me/profile": () => json(200, profile),
        "PATCH /api/v1/me/profile": async (request) => {
          profile = { ...profile, ...((await request.json()) as object) };
          return json(200, profile);
        },
        "GET /api/v1/me/notes/reading": () => json(200, NOT_READ),
        "POST /api/v1/me/notes/reading/accept": () => {
          profile = { ...profile, allergies: ["shellfish"] };
          return json(200, profile);
        },
        "GET /api/v1/me/targets": () => json(200, TARGETS),
        "GET /api/v1/me/meals": () => json(200, { data: [], count: 0 }),
      },
    });
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText("Anything else your coach should know?"),
      "No gym on Sundays. Allergic to shrimp.",
    );
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "What your notes say" }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Your notes could not be read automatically/)).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: "Shellfish" }));
    await user.click(screen.getByRole("button", { name: "Confirm" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Check and finish" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("img", { name: "Calories: 0 of 2,286 kcal" }),
    ).toBeInTheDocument();
    expect(screen.getByText("No gym on Sundays. Allergic to shrimp.")).toBeInTheDocument();
    expect(screen.getByText("Shellfish")).toBeInTheDocument();
    expect(await server.requests.find((r) => r.method === "PATCH")?.json()).toEqual({
      notes: "No gym on Sundays. Allergic to shrimp.",
    });
  });

  it("lists what targets still need on the review", async () => {
    renderApp(<OnboardingPage />, {
      at: "/onboarding/review",
      path: "/onboarding/:step?",
      routes: { "GET /api/v1/me/profile": () => json(200, EMPTY_PROFILE) },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Targets need a few more details: sex, age, height, weight, activity level, goal.",
    );
  });

  it("sends an unknown step to the first one", async () => {
    renderApp(<OnboardingPage />, {
      at: "/onboarding/nope",
      path: "/onboarding/:step?",
      routes: { "GET /api/v1/me/profile": () => json(200, EMPTY_PROFILE) },
      others: { "/onboarding/body": <Where /> },
    });
    expect(await screen.findByTestId("where")).toHaveTextContent("/onboarding/body");
  });
});
