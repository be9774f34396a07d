// The plan's week: day 1 is Monday, and each date eats its weekday's plan day.
import type { PlanDay } from "../api/types";
import { isoDay } from "../lib/dates";

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const dayName = (day: number): string => WEEKDAYS[day - 1] ?? `Day ${String(day)}`;

/** Today's plan day, 1 (Monday) to 7 (Sunday), in the browser's time zone. */
export function todayPlanDay(now: Date = new Date()): number {
  return ((now.getDay() + 6) % 7) + 1;
}

/** The plan day numbered `day`; plans always hold all seven. */
export function planDay(days: readonly PlanDay[], day: number): PlanDay | undefined {
  return days.find((item) => item.day === day);
}

/** "3 × 8–12, rest 90 s". */
export function setsAndReps(sets: number, low: number, high: number, restSeconds: number): string {
  const reps = low === high ? String(low) : `${String(low)}–${String(high)}`;
  return `${String(sets)} × ${reps}, rest ${String(restSeconds)} s`;
}

export const grams = (value: number): string => `${String(Math.round(value))} g`;
export const kcal = (value: number): string => `${Math.round(value).toLocaleString("en-GB")} kcal`;

const FOCUS: Record<NonNullable<PlanDay["focus"]>, string> = {
  full: "Full body",
  upper: "Upper body",
  lower: "Lower body",
  push: "Push: chest, shoulders, triceps",
  pull: "Pull: back, biceps",
  legs: "Legs",
};

/** A training day's focus, or null on a rest day. */
export const focusLabel = (day: PlanDay): string | null =>
  day.focus === null || day.focus === undefined ? null : FOCUS[day.focus];

/** Seven days starting on `start`'s calendar day. */
export function weekFrom(start: Date): { from: string; to: string } {
  const last = new Date(start);
  last.setDate(last.getDate() + 6);
  return { from: isoDay(start), to: isoDay(last) };
}
