"""The one constraint checker: the planner's tests, the evaluation and serving all validate plans
with it. It recomputes every number from the catalog instead of trusting the plan's own totals."""

from __future__ import annotations

from domain.catalog import Catalog, Exercise
from domain.injuries import excluded_patterns
from domain.plan.exercises import allowed_exercises, exercise_violations
from domain.plan.foods import food_violations
from domain.plan.meals import day_targets, meal_slots
from domain.plan.muscles import MuscleGroup, weekly_set_range, weekly_sets
from domain.plan.nutrition import portion_macros, total_macros
from domain.plan.request import PlanRequest
from domain.plan.schedule import longest_training_run, max_consecutive_training_days
from domain.plan.schemas import Macros, Plan, PlanDay
from domain.plan.tolerances import TOLERANCE, out_of_band, relative_error
from domain.plan.violations import Violation, ViolationCode
from domain.plan.workout import trainable_groups

_V = ViolationCode


def check_plan(plan: Plan, request: PlanRequest, catalog: Catalog) -> list[Violation]:
    """Every hard constraint of `request` that `plan` breaks.

    Args:
        plan: The plan to validate (from the reference planner or a grounded draft).
        request: The user's constraints and targets.
        catalog: The catalog the plan's names must come from.

    Returns:
        The violations; empty when the plan is valid.
    """
    targets = day_targets(request.targets, sum(day.focus is not None for day in plan.days))
    return [*_check_schedule(plan, request), *_check_workout(plan, request, catalog)] + [
        violation
        for day in plan.days
        for violation in _check_meals(day, targets[day.kind], request, catalog)
    ]


def _check_schedule(plan: Plan, request: PlanRequest) -> list[Violation]:
    training = sorted(day.day for day in plan.days if day.focus is not None)
    problems = []
    if len(training) != request.days_per_week or len({d.day for d in plan.days}) != 7:
        problems.append(
            Violation(
                code=_V.days_per_week,
                message=f"{len(training)} training days, asked for {request.days_per_week}",
                where="week",
            )
        )
    longest = longest_training_run(training)
    allowed = max_consecutive_training_days(request.days_per_week)
    if longest > allowed:
        problems.append(
            Violation(
                code=_V.rest_spacing,
                message=f"{longest} training days in a row, at most {allowed} allowed",
                where="week",
            )
        )
    return problems


def _check_workout(plan: Plan, request: PlanRequest, catalog: Catalog) -> list[Violation]:
    excluded = excluded_patterns(request.injuries)
    problems = []
    work: list[tuple[Exercise, int]] = []
    for day in plan.days:
        for item in day.exercises:
            where = f"day {day.day}, {item.name}"
            exercise = catalog.exercises_by_id.get(item.exercise_id) or catalog.exercise(item.name)
            if exercise is None:
                problems.append(
                    Violation(code=_V.unknown_exercise, message="not in the catalog", where=where)
                )
                continue
            work.append((exercise, item.sets))
            problems.extend(
                Violation(code=code, message=f"{exercise.name} {why}", where=where)
                for code, why in exercise_violations(exercise, request, excluded)
            )
    low, high = weekly_set_range(request.days_per_week)
    trainable = trainable_groups(allowed_exercises(catalog.exercises, request))
    for group, sets in weekly_sets(work).items():
        floor = low if group in trainable else 0.0
        if not floor <= sets <= high:
            problems.append(
                Violation(
                    code=_V.weekly_sets,
                    message=f"{sets:g} weekly sets, expected {floor:g}-{high:g}",
                    where=f"week, {MuscleGroup(group)}",
                )
            )
    return problems


def _check_meals(
    day: PlanDay, target: Macros, request: PlanRequest, catalog: Catalog
) -> list[Violation]:
    problems = []
    slots = meal_slots(request.meals_per_day)
    if tuple(meal.slot for meal in day.meals) != slots:
        problems.append(
            Violation(
                code=_V.meals_per_day,
                message=f"meals {[m.slot.value for m in day.meals]}, expected {list(slots)}",
                where=f"day {day.day}",
            )
        )
    portions = []
    for meal in day.meals:
        for item in meal.items:
            where = f"day {day.day}, {meal.slot}, {item.name}"
            food = catalog.everyday_food(item.name)
            if food is None:
                problems.append(
                    Violation(code=_V.unknown_food, message="not an everyday food", where=where)
                )
                continue
            portions.append(portion_macros(food.food, item.grams))
            problems.extend(
                Violation(code=code, message=f"{food.name} {why}", where=where)
                for code, why in food_violations(food, request)
            )
            if not food.min_g <= item.grams <= food.max_g:
                problems.append(
                    Violation(
                        code=_V.portion_bounds,
                        message=f"{item.grams:g} g outside {food.min_g:g}-{food.max_g:g} g",
                        where=where,
                    )
                )
    totals = total_macros(portions)
    for field in out_of_band(totals, target):
        error = relative_error(getattr(totals, field), getattr(target, field))
        problems.append(
            Violation(
                code=_V.macros,
                message=f"{field} off target by {error:+.1%} (allowed ±{TOLERANCE[field]:.0%})",
                where=f"day {day.day}",
            )
        )
    return problems
