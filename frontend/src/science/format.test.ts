import { describe, expect, it } from "vitest";
import { chance, interval, metricName, percentChange, pValue } from "./format";

describe("report formats", () => {
  it("signs relative changes, but not one that rounds to nothing", () => {
    expect(percentChange(0.1344)).toBe("+13.4 %");
    expect(percentChange(-0.061)).toBe("−6.1 %");
    expect(percentChange(-0.00004)).toBe("0.0 %");
    expect(interval([-0.022, 0.023])).toBe("−2.2 % to +2.3 %");
  });

  it("never rounds a chance or a p-value to certainty", () => {
    expect(chance(0.99999)).toBe("> 99.9 %");
    expect(chance(0.0000001)).toBe("< 0.1 %");
    expect(chance(0.522)).toBe("52.2 %");
    expect(pValue(0)).toBe("p < 0.0001");
    expect(pValue(0.9558)).toBe("p = 0.96");
  });

  it("names metrics as a reader says them", () => {
    expect(metricName("share_4plus")).toBe("Ratings of 4 or 5 stars");
    expect(metricName("latency_p95")).toBe("Latency p95");
  });
});
