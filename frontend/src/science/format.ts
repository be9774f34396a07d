// Numbers of the A/B report as a scientist reads them.
import type { MetricResult, Variant } from "../api/types";
import { humanise } from "../lib/labels";

/** A relative change: 0.134 → "+13.4 %"; one that rounds to nothing has no sign. */
export function percentChange(value: number): string {
  const shown = Math.abs(value * 100).toFixed(1);
  const sign = shown === "0.0" ? "" : value > 0 ? "+" : "−";
  return `${sign}${shown} %`;
}

/** A probability as a percentage, never rounded up to certainty: 0.99999 → "> 99.9 %". */
export const chance = (p: number): string =>
  p > 0.999 ? "> 99.9 %" : p < 0.001 ? "< 0.1 %" : `${(p * 100).toFixed(1)} %`;

// Metric names that do not read well humanised.
const METRIC_NAMES: Record<string, string> = { share_4plus: "Ratings of 4 or 5 stars" };

export const metricName = (metric: string): string => METRIC_NAMES[metric] ?? humanise(metric);

/** An interval of relative changes: "+11.2 % to +15.7 %". */
export const interval = ([low, high]: readonly [number, number]): string =>
  `${percentChange(low)} to ${percentChange(high)}`;

/** A metric's value, three significant digits; "–" when undefined. */
export const value = (number: number | null | undefined): string =>
  number === null || number === undefined
    ? "–"
    : Number(number.toPrecision(3)).toLocaleString("en-GB");

export const share = (number: number): string => `${(number * 100).toFixed(0)} %`;

/** "p = 0.0012", or "p < 0.0001" for the tiny ones. */
export const pValue = (p: number): string =>
  p < 0.0001 ? "p < 0.0001" : `p = ${p.toPrecision(2)}`;

/** "champion 1,100, challenger 900". */
export function perVariant(
  counts: Partial<Record<Variant, number>>,
  show: (n: number) => string,
): string {
  return Object.entries(counts)
    .map(([variant, count]) => `${variant} ${show(count)}`)
    .join(", ");
}

export const VERDICTS: Record<MetricResult["verdict"], string> = {
  better: "Better",
  worse: "Worse",
  inconclusive: "Inconclusive",
};

/** The API's lower-case reason as a sentence: capital first, full stop last. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
