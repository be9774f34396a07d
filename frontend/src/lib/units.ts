// Metric/imperial display conversions; the API stores metric (exact factors, as domain/units.py).
import type { Units } from "../api/types";

const KG_PER_POUND = 0.45359237;

export const kgToLb = (kg: number): number => kg / KG_PER_POUND;
export const lbToKg = (lb: number): number => lb * KG_PER_POUND;

/** The unit a body weight is shown and typed in. */
export const weightUnit = (units: Units): "kg" | "lb" => (units === "imperial" ? "lb" : "kg");

/** A weight in kg shown in the user's units, one decimal. */
export function formatWeight(kg: number, units: Units): string {
  const value = units === "imperial" ? kgToLb(kg) : kg;
  return `${value.toFixed(1)} ${weightUnit(units)}`;
}

/** A weight typed in the user's units, in kg for the API. */
export const toKg = (value: number, units: Units): number =>
  units === "imperial" ? lbToKg(value) : value;

/** A weight in kg in the user's units, for a form's initial value. */
export const fromKg = (kg: number, units: Units): number =>
  units === "imperial" ? kgToLb(kg) : kg;
