import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json } from "../test/fakeServer";
import { renderApp } from "../test/render";
import { MealForm } from "./MealForm";

const OATS = {
  id: "20038",
  name: "Oats",
  group: "Cereal Grains and Pasta",
  kcal: 389,
  protein_g: 16.9,
  carbs_g: 66.3,
  fat_g: 6.9,
  portions: [{ label: "1 cup", grams: 156 }],
  diets: [],
  allergens: [],
};

describe("MealForm", () => {
  it("keeps the typed meal when the request fails, and sends it again", async () => {
    const user = userEvent.setup();
    let online = false;
    renderApp(<MealForm />, {
      routes: {
        "POST /api/v1/me/meals": async (request) => {
          if (!online) throw new TypeError("Failed to fetch");
          const body = (await request.json()) as { name: string; kcal: number; eaten_on: string };
          return json(201, {
            id: 1,
            food_id: null,
            grams: null,
            protein_g: 21,
            carbs_g: 55,
            fat_g: 9,
            notes: null,
            ...body,
          });
        },
      },
    });
    await user.click(screen.getByRole("radio", { name: "My own (enter macros)" }));
    await user.type(screen.getByLabelText("Name"), "Lentil soup");
    await user.type(screen.getByLabelText("Energy (kcal)"), "420");
    await user.type(screen.getByLabelText("Protein (g)"), "21");
    await user.type(screen.getByLabelText("Carbs (g)"), "55");
    await user.type(screen.getByLabelText("Fat (g)"), "9");
    await user.click(screen.getByRole("button", { name: "Log meal" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Cannot reach NexFitra");
    expect(screen.getByLabelText("Name")).toHaveValue("Lentil soup");
    expect(screen.getByLabelText("Fat (g)")).toHaveValue(9);

    online = true;
    await user.click(screen.getByRole("button", { name: "Log meal" }));
    expect(await screen.findByText(/^Logged Lentil soup \(420 kcal\)/)).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Name")).toHaveValue("");
  });

  it("logs a catalog food by a portion's grams", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(<MealForm />, {
      routes: {
        "GET /api/v1/foods": () => json(200, { data: [OATS], count: 1, page: 1, page_size: 8 }),
        "POST /api/v1/me/meals": () =>
          json(201, {
            id: 2,
            eaten_on: "2024-06-11",
            food_id: "20038",
            grams: 156,
            name: "Oats",
            kcal: 606.8,
            protein_g: 26,
            carbs_g: 103,
            fat_g: 10.8,
            notes: null,
          }),
      },
    });
    await user.type(screen.getByLabelText("Search foods"), "oats");
    await user.click(await screen.findByRole("button", { name: /^Oats/ }));
    await user.click(screen.getByRole("button", { name: "1 cup (156 g)" }));
    expect(screen.getByLabelText("Amount (g)")).toHaveValue(156);
    expect(screen.getByText("About 607 kcal.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Log meal" }));
    expect(await screen.findByText(/^Logged Oats \(607 kcal\)/)).toBeInTheDocument();
    const body: unknown = await server.requests.find((r) => r.method === "POST")?.json();
    expect(body).toMatchObject({ food_id: "20038", grams: 156 });
  });

  it("asks for a food before sending a catalog meal", async () => {
    const user = userEvent.setup();
    const { server } = renderApp(<MealForm />);
    await user.click(screen.getByRole("button", { name: "Log meal" }));
    expect(screen.getByText("Choose a food from the search results.")).toBeInTheDocument();
    expect(server.requests.filter((r) => r.url.includes("/meals"))).toHaveLength(0);
  });
});
