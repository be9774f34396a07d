import { describe, expect, it } from "vitest";
import { humanise, options } from "./labels";

describe("humanise", () => {
  it("turns API values into labels", () => {
    expect(humanise("lower_back")).toBe("Lower back");
    expect(humanise("ez_bar")).toBe("EZ bar");
    expect(options(["lose_fat"] as const)).toEqual([{ value: "lose_fat", label: "Lose fat" }]);
  });
});
