import { describe, expect, it } from "vitest";
import { whatIsNew, whyMade } from "./why";

describe("why a version was made", () => {
  it("says what asked for it and what part of the week is new", () => {
    const meal = { kind: "meals", reason: "regenerate_meal", detail: "meal 1 of day 1" } as const;
    expect(whyMade(meal)).toBe("You asked for a new meal.");
    expect(whatIsNew(meal)).toBe("One meal is new; the rest of the week stays.");
    const renewal = { kind: "plan", reason: "renewal", detail: "goal changed" } as const;
    expect(whyMade(renewal)).toBe("Your profile changed: goal changed.");
    expect(whatIsNew(renewal)).toBe("A new week of workouts and meals.");
    expect(whatIsNew({ kind: "meals", reason: "renewal" })).toBe("New meals; the workouts stay.");
  });
});
