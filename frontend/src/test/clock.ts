// Fixes "today" for the tests of a file (only the date: timers and promises run as usual).
import { afterEach, beforeEach, vi } from "vitest";

export function onDay(now: Date): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
