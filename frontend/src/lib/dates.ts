// Calendar days as the API writes them (ISO `YYYY-MM-DD`), in the browser's time zone.

export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const today = (): string => isoDay(new Date());

/** The local calendar day of an API timestamp (`2024-06-11T22:30:00Z`). */
export const dayOf = (timestamp: string): string => isoDay(new Date(timestamp));

/** `2024-06-11` as "11 Jun" (or with the year), read as a calendar day, not a UTC instant. */
export function formatDay(day: string, withYear = false): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
  });
}

/** Whole days from `from` to `to` (ISO days; calendar arithmetic, no time-zone drift). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [year, month, date] = day.split("-").map(Number);
    return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
