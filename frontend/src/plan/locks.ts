// Locks of the current version: a whole meal (no food) or one item of it. Regenerations and
// renewals keep what is locked.
import type { ItemLock } from "../api/types";

export interface LockTarget {
  day: number;
  meal: number;
  foodId: string | null;
}

const same = (lock: ItemLock, target: LockTarget): boolean =>
  lock.day === target.day && lock.meal === target.meal && (lock.food_id ?? null) === target.foodId;

export const hasLock = (locks: readonly ItemLock[], target: LockTarget): boolean =>
  locks.some((lock) => same(lock, target));

/** The locks with `target` added, or taken away when it is there. */
export function toggled(locks: readonly ItemLock[], target: LockTarget): ItemLock[] {
  if (hasLock(locks, target)) return locks.filter((lock) => !same(lock, target));
  return [...locks, { day: target.day, meal: target.meal, food_id: target.foodId }];
}
