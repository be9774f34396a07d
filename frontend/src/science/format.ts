// Numbers of the A/B report as a scientist reads them.
import type { MetricResult, Variant } from "../api/types";

/** A relative change: 0.134 → "+13.4 %". */
export function percentChange(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${Math.abs(value * 100).toFixed(1)} %`;
}

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
