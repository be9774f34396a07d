import { describe, expect, it } from "vitest";
import { wishesLine } from "./origin";

describe("wishesLine", () => {
  it("says each kind of wish the model planned around, in order", () => {
    const line = wishesLine({
      favourite_foods: ["salmon", "rice"],
      fewer_foods: [],
      enjoyed_exercises: [],
      boring_exercises: ["plank"],
    });
    expect(line).toBe("more of: salmon, rice; exercises left out: plank");
  });

  it("is null when the model read none", () => {
    const none = {
      favourite_foods: [],
      fewer_foods: [],
      enjoyed_exercises: [],
      boring_exercises: [],
    };
    expect(wishesLine(none)).toBeNull();
  });
});
