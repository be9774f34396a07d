// One planned meal: its foods in grams and its totals; on the plan page also the locks, thumbs
// and a button that asks for a new version of the meal.
import type { ItemLock, PlannedMeal } from "../api/types";
import { humanise } from "../lib/labels";
import { hasLock, type LockTarget } from "./locks";
import type { ThumbOf } from "./thumbs";
import { Thumbs } from "./Thumbs";
import { grams, kcal } from "./week";

export interface MealEditing {
  version: number;
  locks: readonly ItemLock[];
  thumbOf: ThumbOf;
  /** A lock or regeneration request is on its way, or a new version is being made. */
  busy: boolean;
  onLock: (target: LockTarget) => void;
  onRegenerate: (meal: number) => void;
}

interface MealCardProps {
  meal: PlannedMeal;
  day: number;
  index: number;
  edit?: MealEditing;
}

export function MealCard({ meal, day, index, edit }: MealCardProps) {
  const slot = humanise(meal.slot);
  const wholeMeal: LockTarget = { day, meal: index, foodId: null };
  const mealLocked = edit ? hasLock(edit.locks, wholeMeal) : false;
  return (
    <section className="meal" aria-label={slot}>
      <div className="meal-head">
        <h3>{slot}</h3>
        <span className="meal-kcal">{kcal(meal.totals.kcal)}</span>
      </div>
      <ul className="meal-items">
        {meal.items.map((item) => {
          const target: LockTarget = { day, meal: index, foodId: item.food_id };
          return (
            <li key={item.food_id}>
              <span className="item-name">{item.name}</span>
              <span className="item-detail">{grams(item.grams)}</span>
              {edit && (
                <LockButton
                  label={`Lock ${item.name}`}
                  text="Lock"
                  locked={mealLocked || hasLock(edit.locks, target)}
                  disabled={edit.busy || mealLocked}
                  onClick={() => {
                    edit.onLock(target);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      <p className="hint">
        Protein {grams(meal.totals.protein_g)}, carbs {grams(meal.totals.carbs_g)}, fat{" "}
        {grams(meal.totals.fat_g)}
      </p>
      {edit && (
        <div className="meal-actions">
          <LockButton
            label={`Lock all of ${slot.toLowerCase()}`}
            text="Lock all"
            locked={mealLocked}
            disabled={edit.busy}
            onClick={() => {
              edit.onLock(wholeMeal);
            }}
          />
          <button
            type="button"
            className="button small"
            disabled={edit.busy || mealLocked}
            onClick={() => {
              edit.onRegenerate(index);
            }}
          >
            New {slot.toLowerCase()}
          </button>
          <Thumbs
            version={edit.version}
            kind="meal"
            day={day}
            position={index}
            label={slot.toLowerCase()}
            up={edit.thumbOf("meal", day, index)}
          />
        </div>
      )}
    </section>
  );
}

interface LockButtonProps {
  label: string;
  text: string;
  locked: boolean;
  disabled: boolean;
  onClick: () => void;
}

function LockButton({ label, text, locked, disabled, onClick }: LockButtonProps) {
  return (
    <button
      type="button"
      className="button small lock"
      aria-pressed={locked}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      <PadlockIcon closed={locked} />
      {text}
    </button>
  );
}

/** Feather's "lock" when closed, "unlock" when open. */
function PadlockIcon({ closed }: { closed: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="padlock">
      <rect x="3" y="11" width="18" height="11" rx="2" ry="2" />
      <path d={closed ? "M7 11V7a5 5 0 0 1 10 0v4" : "M7 11V7a5 5 0 0 1 9.9-1"} />
    </svg>
  );
}
