import { describe, expect, it } from "vitest";
import { EMPTY_PROFILE, PROFILE } from "../test/fixtures";
import { bodyChanges, bodyValues, switchUnits } from "./bodyValues";

describe("bodyValues", () => {
  it("reads imperial profiles in their own units", () => {
    const values = bodyValues({
      ...PROFILE,
      units: "imperial",
      height_ft: 5,
      height_in: 10.1,
      weight_lb: 181.9,
    });
    expect([values.heightFt, values.heightIn, values.weight]).toEqual(["5", "10.1", "181.9"]);
  });

  it("sends empty fields as null, which leaves the stored history alone", () => {
    expect(bodyChanges(bodyValues(EMPTY_PROFILE))).toMatchObject({
      sex: null,
      age: null,
      height_cm: null,
      weight_kg: null,
      body_fat_pct: null,
    });
  });

  it("converts typed values both ways without losing them", () => {
    const metric = bodyValues(PROFILE);
    const imperial = switchUnits(metric, "imperial");
    expect([imperial.heightFt, imperial.heightIn, imperial.weight]).toEqual(["5", "10.1", "181.9"]);
    const back = switchUnits(imperial, "metric");
    // 5 ft 10.1 in is 178.05 cm: the tenth of an inch shown is all that is lost.
    expect([back.heightCm, back.weight]).toEqual(["178.1", "82.5"]);
    expect(switchUnits(metric, "metric")).toBe(metric);
  });
});
