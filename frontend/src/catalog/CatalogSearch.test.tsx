import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Food } from "../api/types";
import { renderApp } from "../test/render";
import { CatalogSearch } from "./CatalogSearch";

const SALMON: Food = {
  id: "15078",
  name: "Fish, salmon, chum, raw",
  group: "Finfish and Shellfish Products",
  kcal: 120,
  protein_g: 20.1,
  carbs_g: 0,
  fat_g: 3.8,
  portions: [],
  diets: ["pescatarian"],
  allergens: ["fish"],
};

function renderSearch(
  search: (q: string) => Promise<{ data: Food[]; count: number }>,
  withText = false,
) {
  const onPick = vi.fn();
  const onPickText = vi.fn();
  renderApp(
    <CatalogSearch
      label="Search foods"
      noun="foods"
      search={search}
      describe={(food) => `${String(food.kcal)} kcal`}
      onPick={onPick}
      {...(withText ? { onPickText } : {})}
    />,
  );
  return { onPick, onPickText, user: userEvent.setup() };
}

describe("CatalogSearch", () => {
  it("searches once typing pauses, and a pick clears the search", async () => {
    const search = vi.fn(() => Promise.resolve({ data: [SALMON], count: 41 }));
    const { onPick, user } = renderSearch(search);
    await user.type(screen.getByLabelText("Search foods"), "salmon");
    const results = await screen.findByRole("list", { name: "Matching foods" });
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith("salmon");
    expect(screen.getByRole("status")).toHaveTextContent("1 of 41 foods");
    await user.click(screen.getByRole("button", { name: /Fish, salmon, chum, raw/ }));
    expect(onPick).toHaveBeenCalledWith(SALMON);
    expect(screen.getByLabelText("Search foods")).toHaveValue("");
    expect(results).not.toBeInTheDocument();
  });

  it("does not search for a single letter", async () => {
    const search = vi.fn(() => Promise.resolve({ data: [], count: 0 }));
    const { user } = renderSearch(search);
    await user.type(screen.getByLabelText("Search foods"), "s");
    await new Promise((wait) => setTimeout(wait, 400));
    expect(search).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Type at least 2 letters");
  });

  it("says when nothing matches, and offers the words themselves when allowed", async () => {
    const { onPickText, user } = renderSearch(() => Promise.resolve({ data: [], count: 0 }), true);
    await user.type(screen.getByLabelText("Search foods"), "durian");
    expect(await screen.findByText("No foods match “durian”.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add “durian” as typed" }));
    expect(onPickText).toHaveBeenCalledWith("durian");
  });

  it("shows a failed search with a retry", async () => {
    const search = vi
      .fn()
      .mockRejectedValueOnce(new Error("boom"))
      .mockResolvedValueOnce({ data: [SALMON], count: 1 });
    const { user } = renderSearch(search);
    await user.type(screen.getByLabelText("Search foods"), "salmon");
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong.");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: /Fish, salmon/ })).toBeInTheDocument();
  });
});
