// Human labels for the API's enum values.

/** `lower_back` → "Lower back". */
export function humanise(value: string): string {
  const words = value.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Options for a select or choice group, in the API's order. */
export function options<T extends string>(values: readonly T[]): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: humanise(value) }));
}
