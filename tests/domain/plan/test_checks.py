from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from domain.catalog import Catalog
from domain.injuries import excluded_patterns
from domain.plan import (
    FoodPortion,
    Plan,
    PlannedExercise,
    PlanRequest,
    ViolationCode,
    check_plan,
    make_plan,
)
from domain.plan.nutrition import portion_macros
from domain.profile import Allergen, BodyArea, Diet, Experience
from tests.domain.plan.factories import make_request

_V = ViolationCode


@pytest.fixture(scope="module")
def valid(catalog: Catalog) -> tuple[Plan, PlanRequest]:
    request = make_request(days_per_week=3)
    plan = make_plan(request, catalog, seed=11)
    assert check_plan(plan, request, catalog) == []
    return plan, request


def _put_food(plan: Plan, catalog: Catalog, name: str, grams: float | None = None) -> None:
    food = catalog.everyday_food(name)
    assert food is not None
    grams = food.min_g if grams is None else grams
    plan.days[0].meals[0].items[0] = FoodPortion(
        name=food.name, food_id=food.food.id, grams=grams, macros=portion_macros(food.food, grams)
    )


def _put_exercise(plan: Plan, catalog: Catalog, name: str) -> None:
    exercise = catalog.exercise(name)
    assert exercise is not None
    day = next(day for day in plan.days if day.exercises)
    day.exercises[0] = PlannedExercise(
        name=exercise.name, exercise_id=exercise.id, sets=3, reps_min=8, reps_max=12, rest_s=90
    )


def _rename_exercise(plan: Plan) -> None:
    item = next(day for day in plan.days if day.exercises).exercises[0]
    item.name, item.exercise_id = "Moonwalk Press", "moonwalk"


def _injured_area(catalog: Catalog) -> tuple[BodyArea, str]:
    for area in BodyArea:
        blocked = excluded_patterns({area})
        for exercise in catalog.exercises:
            if exercise.patterns & blocked and exercise.category == "strength":
                return area, exercise.name
    raise AssertionError("the test catalog needs an exercise some injury excludes")


def _consecutive_days(plan: Plan) -> None:
    training = [day for day in plan.days if day.focus is not None]
    rest = [day for day in plan.days if day.focus is None]
    for weekday, day in enumerate([*training, *rest], start=1):
        day.day = weekday
    plan.days.sort(key=lambda day: day.day)


Breaker = Callable[[Plan, Catalog], Any]
CASES: list[tuple[ViolationCode, Breaker, dict[str, Any]]] = [
    (_V.allergen, lambda p, c: _put_food(p, c, "Greek yogurt"), {"allergies": {Allergen.milk}}),
    (_V.diet, lambda p, c: _put_food(p, c, "Chicken breast"), {"diets": frozenset({Diet.vegan})}),
    (_V.disliked_food, lambda p, c: _put_food(p, c, "Banana"), {"disliked_foods": ("bananas",)}),
    (_V.unknown_food, lambda p, c: setattr(p.days[0].meals[0].items[0], "name", "Moon cheese"), {}),
    (_V.portion_bounds, lambda p, c: _put_food(p, c, "Oats", 400.0), {}),
    (_V.meals_per_day, lambda p, c: p.days[2].meals.pop(), {}),
    (_V.macros, lambda p, c: p.days[1].meals[1].items.clear(), {}),
    (_V.unknown_exercise, lambda p, c: _rename_exercise(p), {}),
    (_V.equipment, lambda p, c: _put_exercise(p, c, "Barbell Curl"), {"equipment": set()}),
    (
        _V.exercise_level,
        lambda p, c: _put_exercise(p, c, "Romanian Deadlift"),
        {"experience": Experience.beginner},
    ),
    (_V.not_strength, lambda p, c: _put_exercise(p, c, "Box Jump"), {}),
    (_V.days_per_week, lambda p, c: None, {"days_per_week": 4}),
    (_V.rest_spacing, lambda p, c: _consecutive_days(p), {}),
    (
        _V.weekly_sets,
        lambda p, c: next(d for d in p.days if d.exercises).exercises[0].__setattr__("sets", 30),
        {},
    ),
]


@pytest.mark.parametrize(("code", "breaker", "changes"), CASES, ids=[c[0] for c in CASES])
def test_checker_catches_each_violation(
    valid: tuple[Plan, PlanRequest],
    catalog: Catalog,
    code: ViolationCode,
    breaker: Breaker,
    changes: dict[str, Any],
) -> None:
    plan, request = valid
    broken = plan.model_copy(deep=True)
    breaker(broken, catalog)
    request = request.model_copy(update={k: _frozen(v) for k, v in changes.items()})
    violations = check_plan(broken, request, catalog)
    assert code in {v.code for v in violations}
    assert all(v.message and v.where for v in violations)


def test_checker_catches_injury(valid: tuple[Plan, PlanRequest], catalog: Catalog) -> None:
    plan, request = valid
    area, exercise = _injured_area(catalog)
    broken = plan.model_copy(deep=True)
    _put_exercise(broken, catalog, exercise)
    hurt = request.model_copy(update={"injuries": frozenset({area})})
    assert _V.injury in {v.code for v in check_plan(broken, hurt, catalog)}


def test_checker_recomputes_macros_instead_of_trusting_totals(
    valid: tuple[Plan, PlanRequest], catalog: Catalog
) -> None:
    plan, request = valid
    broken = plan.model_copy(deep=True)
    for meal in broken.days[0].meals:
        for item in meal.items:
            food = catalog.everyday_food(item.name)
            assert food is not None
            item.grams = food.max_g
    assert broken.days[0].totals == plan.days[0].totals
    assert {v.code for v in check_plan(broken, request, catalog)} == {_V.macros}


def _frozen(value: Any) -> Any:
    return frozenset(value) if isinstance(value, set) else value
