"""What changed between two plan versions: targets, meal items and exercises, day by day."""

from __future__ import annotations

from app.schemas.plans import ExerciseChange, ItemChange, PlanDiff, TargetChange
from domain.plan.schemas import Meal, Plan
from domain.targets import MacroTargets

TARGET_NAMES = ("calories", "protein_g", "carbs_g", "fat_g")
# Portions are solved to the gram; anything under one is rounding, not a change.
GRAMS_TOLERANCE = 1.0


def _meal_changes(
    day: int, index: int, before: Meal | None, after: Meal | None
) -> list[ItemChange]:
    old = {item.food_id: item for item in (before.items if before else [])}
    new = {item.food_id: item for item in (after.items if after else [])}
    either = after or before
    slot = "" if either is None else str(either.slot)
    changes = []
    for food_id in [*old, *(f for f in new if f not in old)]:
        was, now = old.get(food_id), new.get(food_id)
        if was is not None and now is not None and abs(was.grams - now.grams) < GRAMS_TOLERANCE:
            continue
        kind = "changed" if was and now else ("removed" if was else "added")
        item = now or was
        assert item is not None
        changes.append(
            ItemChange(
                day=day,
                meal=index,
                slot=slot,
                change=kind,
                name=item.name,
                food_id=food_id,
                grams_before=was.grams if was else None,
                grams_after=now.grams if now else None,
            )
        )
    return changes


def diff_plans(
    before: tuple[int, Plan, MacroTargets], after: tuple[int, Plan, MacroTargets]
) -> PlanDiff:
    """The changes from `before` to `after`, each given as (version, plan, targets)."""
    (old_version, old_plan, old_targets), (new_version, new_plan, new_targets) = before, after
    targets = [
        TargetChange(name=name, before=getattr(old_targets, name), after=getattr(new_targets, name))
        for name in TARGET_NAMES
        if getattr(old_targets, name) != getattr(new_targets, name)
    ]
    meals: list[ItemChange] = []
    exercises: list[ExerciseChange] = []
    old_days = {day.day: day for day in old_plan.days}
    for day in new_plan.days:
        was = old_days[day.day]
        for index in range(max(len(was.meals), len(day.meals))):
            meals += _meal_changes(
                day.day,
                index,
                was.meals[index] if index < len(was.meals) else None,
                day.meals[index] if index < len(day.meals) else None,
            )
        old_names = [e.name for e in was.exercises]
        new_names = [e.name for e in day.exercises]
        exercises += [
            ExerciseChange(day=day.day, change="removed", name=n)
            for n in old_names
            if n not in new_names
        ]
        exercises += [
            ExerciseChange(day=day.day, change="added", name=n)
            for n in new_names
            if n not in old_names
        ]
    return PlanDiff(
        from_version=old_version,
        to_version=new_version,
        targets=targets,
        meals=meals,
        exercises=exercises,
    )
