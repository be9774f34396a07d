import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { invalid, PROFILE } from "../test/fixtures";
import { renderApp } from "../test/render";
import { PreferencesForm } from "./PreferencesForm";

const FOODS = {
  data: [
    {
      id: "15078",
      name: "Fish, salmon, chum, raw",
      group: "Finfish",
      kcal: 120,
      protein_g: 20.1,
      carbs_g: 0,
      fat_g: 3.8,
      portions: [],
      diets: [],
      allergens: ["fish"],
    },
  ],
  count: 1,
  page: 1,
  page_size: 8,
};

describe("PreferencesForm", () => {
  it("picks foods from the catalog and sends every preference", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(
      <PreferencesForm profile={{ ...PROFILE, liked_foods: ["oats"] }} submitLabel="Save" />,
      {
        routes: {
          "GET /api/v1/foods": () => json(200, FOODS),
          "PATCH /api/v1/me/profile": () => json(200, PROFILE),
        },
      },
    );
    const liked = screen.getByRole("group", { name: "Foods you like" });
    await user.type(within(liked).getByLabelText("Search foods you like"), "salmon");
    await user.click(await within(liked).findByRole("button", { name: /Fish, salmon/ }));
    await user.click(within(liked).getByRole("button", { name: "Remove oats" }));
    await user.click(screen.getByRole("checkbox", { name: "Peanuts" }));
    await user.click(screen.getByRole("checkbox", { name: "Dumbbell" }));
    const diets = screen.getByRole("group", { name: "Diets" });
    await user.click(within(diets).getByRole("checkbox", { name: "Pescatarian" }));
    await user.click(within(diets).getByRole("checkbox", { name: "Gluten free" }));
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Saved.")).toBeInTheDocument();
    const search = new URL(
      server.requests.find((r) => r.method === "GET" && r.url.includes("/foods"))?.url ?? "",
    );
    expect(search.searchParams.get("q")).toBe("salmon");
    const body: unknown = await server.requests.find((r) => r.method === "PATCH")?.json();
    expect(body).toEqual({
      liked_exercises: [],
      liked_foods: ["Fish, salmon, chum, raw"],
      disliked_foods: [],
      allergies: ["peanuts"],
      diets: ["pescatarian", "gluten_free"],
      equipment: [],
      injuries: [],
    });
  });

  it("shows a 422 about one list entry on that list", async () => {
    const user = userEvent.setup();
    renderApp(
      <PreferencesForm
        profile={{ ...PROFILE, liked_foods: ["x".repeat(101)] }}
        submitLabel="Save"
      />,
      {
        routes: {
          "PATCH /api/v1/me/profile": () =>
            json(
              422,
              invalid([["body", "liked_foods", 0], "String should have at most 100 characters"]),
            ),
        },
      },
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    const liked = screen.getByRole("group", { name: "Foods you like" });
    expect(
      await within(liked).findByText("String should have at most 100 characters"),
    ).toBeInTheDocument();
    expect(liked).toHaveAttribute("aria-invalid", "true");
  });

  it("shows the API's refusal of a diet list on the diets", async () => {
    const user = userEvent.setup();
    renderApp(<PreferencesForm profile={{ ...PROFILE, diets: ["vegan"] }} submitLabel="Save" />, {
      routes: {
        "PATCH /api/v1/me/profile": () =>
          json(
            422,
            invalid([["body", "diets"], "Value error, list each diet once; repeated: vegan"]),
          ),
      },
    });
    const diets = screen.getByRole("group", { name: "Diets" });
    expect(within(diets).getByRole("checkbox", { name: "Vegan" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await within(diets).findByText(/repeated: vegan/)).toBeInTheDocument();
    expect(diets).toHaveAttribute("aria-invalid", "true");
  });
});
