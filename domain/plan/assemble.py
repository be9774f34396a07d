"""Turn a solved workout week and solved menus into the full `Plan`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from domain.catalog import EverydayFood, MealSlot
from domain.plan.meals import meal_slots
from domain.plan.nutrition import portion_macros, total_macros
from domain.plan.portions import Portions
from domain.plan.schemas import DayKind, FoodPortion, Macros, Meal, Plan, PlanDay
from domain.plan.workout import WorkoutWeek


def menu_rotation(workout: WorkoutWeek, menus: Sequence[DayKind]) -> dict[int, int]:
    """Menu index per weekday: each day takes the menus of its kind in turn.

    Args:
        workout: The week (its training weekdays decide each day's kind).
        menus: The kind of each menu, in menu order.

    Returns:
        Weekday (1-7) to menu index.

    Raises:
        ValueError: Some day kind of the week has no menu.
    """
    by_kind: dict[DayKind, list[int]] = {kind: [] for kind in DayKind}
    for index, kind in enumerate(menus):
        by_kind[kind].append(index)
    seen = dict.fromkeys(DayKind, 0)
    rotation = {}
    for day in range(1, 8):
        kind = DayKind.train if day in workout.foci else DayKind.rest
        if not by_kind[kind]:
            raise ValueError(f"the week has {kind} days but no {kind} menu")
        rotation[day] = by_kind[kind][seen[kind] % len(by_kind[kind])]
        seen[kind] += 1
    return rotation


def assemble_plan(
    *,
    workout: WorkoutWeek,
    menus: Sequence[tuple[DayKind, Portions]],
    targets: Mapping[DayKind, Macros],
    meals_per_day: int,
    notes: list[str],
    seed: int,
) -> Plan:
    """The week as a `Plan`, with macros per food, meal and day."""
    rotation = menu_rotation(workout, [kind for kind, _ in menus])
    slots = meal_slots(meals_per_day)
    days = []
    for day, menu in rotation.items():
        kind, portions = menus[menu]
        meals = [_meal(slot, portions[m]) for m, slot in enumerate(slots)]
        days.append(
            PlanDay(
                day=day,
                focus=workout.foci.get(day),
                exercises=workout.days.get(day, []),
                menu=menu,
                meals=meals,
                target=targets[kind],
                totals=total_macros(meal.totals for meal in meals),
            )
        )
    return Plan(
        split=workout.split,
        days=days,
        weekly_sets={group.value: sets for group, sets in workout.weekly_sets.items()},
        notes=notes,
        seed=seed,
    )


def _meal(slot: MealSlot, portions: Sequence[tuple[EverydayFood, float]]) -> Meal:
    items = [
        FoodPortion(
            name=food.name,
            food_id=food.food.id,
            grams=grams,
            macros=portion_macros(food.food, grams),
        )
        for food, grams in portions
    ]
    return Meal(slot=slot, items=items, totals=total_macros(item.macros for item in items))
