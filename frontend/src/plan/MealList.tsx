// A day's meals as cards; on the plan page with the controls that edit them.
import type { PlanDay } from "../api/types";
import { MealCard, type MealEditing } from "./MealCard";

export function MealList({ day, edit }: { day: PlanDay; edit?: MealEditing }) {
  return (
    <div className="meals">
      {day.meals.map((meal, index) => (
        <MealCard
          key={`${meal.slot}-${String(index)}`}
          meal={meal}
          day={day.day}
          index={index}
          {...(edit ? { edit } : {})}
        />
      ))}
    </div>
  );
}
