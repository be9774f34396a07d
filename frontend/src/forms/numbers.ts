// Number inputs hold text while typing; the API gets a number, or null for an empty field.

/** The typed value as a number; null when empty (number inputs report bad input as empty). */
export function parseNumber(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() === "" || Number.isNaN(value) ? null : value;
}

/** A stored number as an input's text, rounded for display. */
export function numberText(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return "";
  return String(Number(value.toFixed(digits)));
}
