import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Progress } from "../api/types";
import { ProgressStats } from "./ProgressStats";

const PROGRESS: Progress = {
  days: 28,
  start: "2024-05-15",
  end: "2024-06-11",
  weight: { points: [], trend_kg: 81.5, weekly_rate_kg: -0.42 },
  calories: {
    target: 2286,
    days_logged: 10,
    mean_per_logged_day: 2150.6,
    percent_of_target: 94.1,
    days_on_target: 7,
  },
  protein: {
    target: 182,
    days_logged: 0,
    mean_per_logged_day: null,
    percent_of_target: null,
    days_on_target: null,
  },
  workouts: { sessions: 9, planned: 16, percent: 56.25 },
};

const stat = (label: string) => screen.getByText(label).closest(".stat")?.textContent;

describe("ProgressStats", () => {
  it("shows trend, weekly rate, adherence and workouts", () => {
    render(<ProgressStats progress={PROGRESS} units="metric" />);
    expect(stat("Trend weight")).toContain("81.5 kg");
    expect(stat("Weekly rate")).toContain("-0.42 kg/week");
    expect(stat("Calories vs target")).toContain(
      "94 %2151 kcal a day over 10 logged days, 7 on target.",
    );
    expect(stat("Protein vs target")).toContain("No meals logged in this window.");
    expect(stat("Workouts")).toContain("9 of 1656 % of planned training days.");
  });

  it("shows the weekly rate in the user's units, with its sign", () => {
    render(
      <ProgressStats
        progress={{ ...PROGRESS, weight: { ...PROGRESS.weight, weekly_rate_kg: 0.5 } }}
        units="imperial"
      />,
    );
    expect(stat("Weekly rate")).toContain("+1.10 lb/week");
  });
});
