from __future__ import annotations

import pytest

from domain.catalog import Catalog
from domain.plan import PlanInfeasible, ReasonCode, check_plan, make_plan
from domain.plan.meals import meal_slots
from domain.profile import BodyArea, Diet, Equipment, Goal
from tests.domain.plan.factories import make_request


def test_same_seed_same_plan(catalog: Catalog) -> None:
    request = make_request(days_per_week=4, meals_per_day=4)
    assert make_plan(request, catalog, seed=7) == make_plan(request, catalog, seed=7)


def test_seed_changes_tie_breaks(catalog: Catalog) -> None:
    request = make_request(days_per_week=4)
    plans = {make_plan(request, catalog, seed=seed).model_dump_json() for seed in range(6)}
    assert len(plans) > 1


@pytest.mark.parametrize("days", range(1, 8))
@pytest.mark.parametrize("goal", list(Goal))
def test_plans_pass_the_checker(catalog: Catalog, days: int, goal: Goal) -> None:
    request = make_request(days_per_week=days, goal=goal, meals_per_day=3 + days % 3)
    plan = make_plan(request, catalog, seed=days)
    assert check_plan(plan, request, catalog) == []
    assert sum(day.focus is not None for day in plan.days) == days
    assert all(len(day.meals) == request.meals_per_day for day in plan.days)
    assert [m.slot for m in plan.days[0].meals] == list(meal_slots(request.meals_per_day))


def test_body_weight_only_with_injury(catalog: Catalog) -> None:
    request = make_request(equipment=frozenset(), injuries=frozenset({BodyArea.knee}))
    plan = make_plan(request, catalog, seed=1)
    assert check_plan(plan, request, catalog) == []
    used = {item.exercise_id for day in plan.days for item in day.exercises}
    assert all(catalog.exercises_by_id[i].equipment in (None, Equipment.body_only) for i in used)


def test_liked_foods_and_exercises_come_first(catalog: Catalog) -> None:
    request = make_request(liked_foods=("tempeh",), liked_exercises=("Pushups",))
    plan = make_plan(request, catalog, seed=2)
    foods = {item.name for day in plan.days for meal in day.meals for item in meal.items}
    exercises = {item.name for day in plan.days for item in day.exercises}
    assert "Tempeh" in foods
    assert "Pushups" in exercises


def test_menus_vary_across_the_week(catalog: Catalog) -> None:
    plan = make_plan(make_request(days_per_week=3), catalog, seed=4)
    menus = {
        day.menu: frozenset(item.name for meal in day.meals for item in meal.items)
        for day in plan.days
    }
    assert len(menus) == 4
    assert len(set(menus.values())) == 4


def test_training_days_carry_more_carbs(catalog: Catalog) -> None:
    request = make_request(days_per_week=3)
    plan = make_plan(request, catalog, seed=1)
    train = next(day.target for day in plan.days if day.focus is not None)
    rest = next(day.target for day in plan.days if day.focus is None)
    assert train.carbs_g > rest.carbs_g
    assert train.protein_g == rest.protein_g == request.targets.protein_g
    weekly = sum(day.target.carbs_g for day in plan.days) / 7
    assert weekly == pytest.approx(request.targets.carbs_g)


def test_unreachable_protein_names_the_binding_constraint(catalog: Catalog) -> None:
    request = make_request(diet=Diet.vegan)
    too_much = request.targets.model_copy(update={"protein_g": 400})
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request.model_copy(update={"targets": too_much}), catalog, seed=1)
    assert ReasonCode.protein in error.value.codes
    assert "protein 400 g/day cannot be reached with vegan foods" in str(error.value)


def test_no_allowed_food_is_reported(catalog: Catalog) -> None:
    names = tuple(food.name for food in catalog.everyday)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(make_request(disliked_foods=names), catalog, seed=1)
    assert error.value.codes == [ReasonCode.no_foods]


def test_too_short_sessions_are_reported(catalog: Catalog) -> None:
    request = make_request(days_per_week=2, goal=Goal.gain_muscle, session_minutes=15)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, catalog, seed=1)
    assert error.value.codes == [ReasonCode.volume]
