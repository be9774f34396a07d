import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { WeightChart } from "./WeightChart";

const POINTS = [
  { day: "2024-06-01", weight_kg: 82, trend_kg: 82 },
  { day: "2024-06-02", weight_kg: 81.6, trend_kg: 81.96 },
  { day: "2024-06-09", weight_kg: 81.2, trend_kg: 81.88 },
];

describe("WeightChart", () => {
  it("invites logging when there is nothing to draw", () => {
    render(<WeightChart points={[]} units="metric" />);
    expect(screen.getByText(/Log your weight on a few days/)).toBeInTheDocument();
  });

  it("places days by the calendar and describes the trend", () => {
    const { container } = render(<WeightChart points={POINTS} units="metric" />);
    expect(
      screen.getByRole("img", {
        name: "Weight and trend 3 days logged from 1 Jun to 9 Jun; the trend went from 82.0 kg to 81.9 kg.",
      }),
    ).toBeInTheDocument();
    const xs = [...container.querySelectorAll(".weight-dot")].map((dot) =>
      Number(dot.getAttribute("cx")),
    );
    // Day 2 is one eighth of the way from day 1 to day 9.
    expect(((xs[1] ?? 0) - (xs[0] ?? 0)) / ((xs[2] ?? 0) - (xs[0] ?? 0))).toBeCloseTo(1 / 8);
    expect(container.querySelector(".trend-line")?.getAttribute("d")).toMatch(
      /^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L/,
    );
  });

  it("gives the same data as a table, in the user's units", async () => {
    render(<WeightChart points={POINTS} units="imperial" />);
    await userEvent.setup().click(screen.getByText("Show the data as a table"));
    const rows = screen.getAllByRole("row").map((row) => row.textContent);
    expect(rows).toEqual([
      "DayWeightTrend",
      "1 Jun 2024180.8 lb180.8 lb",
      "2 Jun 2024179.9 lb180.7 lb",
      "9 Jun 2024179.0 lb180.5 lb",
    ]);
  });
});
