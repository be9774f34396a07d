import { describe, expect, it } from "vitest";
import { JOB } from "../test/planFixtures";
import { failureReasons, readableDetail } from "./jobs";

describe("readableDetail", () => {
  it("gives the API's renewal reasons units and arrows", () => {
    expect(
      readableDetail(
        "weight 82.5 -> 78 kg; calories 2286 -> 2216, protein_g 182 -> 172, fat_g 64 -> 62",
      ),
    ).toBe("weight 82.5 → 78 kg; calories 2286 → 2216 kcal, protein 182 → 172 g, fat 64 → 62 g");
    expect(readableDetail("goal changed")).toBe("goal changed");
  });
});

describe("failureReasons", () => {
  it("prefers serving's reasons to the job's error", () => {
    const reasons = [{ code: "protein", message: "not enough protein foods" }];
    expect(failureReasons({ ...JOB, error: "refused", reasons })).toEqual([
      "not enough protein foods",
    ]);
    expect(failureReasons({ ...JOB, error: "refused" })).toEqual(["refused"]);
    expect(failureReasons(JOB)).toEqual([]);
  });
});
