// Human labels for the API's enum values.

// Values whose words are not just lower case.
const SPELLED: Record<string, string> = { ez_bar: "EZ bar" };

/** `lower_back` → "Lower back". */
export function humanise(value: string): string {
  const spelled = SPELLED[value];
  if (spelled !== undefined) return spelled;
  const words = value.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Options for a select or choice group, in the API's order. */
export function options<T extends string>(values: readonly T[]): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: humanise(value) }));
}
