from __future__ import annotations

import pytest

from domain.catalog import Catalog
from domain.plan import PlanInfeasible, ReasonCode, check_plan, make_plan, request_from_profile
from domain.plan.meals import meal_slots
from domain.profile import Allergen, BodyArea, Diet, Equipment, Goal
from tests.domain.plan.factories import WOMAN_AT_THE_FLOOR, make_request


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
    request = make_request(diets=frozenset({Diet.vegan}))
    too_much = request.targets.model_copy(update={"protein_g": 400})
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request.model_copy(update={"targets": too_much}), catalog, seed=1)
    assert ReasonCode.protein in error.value.codes
    assert "protein 400 g/day cannot be reached with foods allowed by the vegan diet" in str(
        error.value
    )


@pytest.mark.parametrize(
    ("allergies", "named"),
    [
        (frozenset({Allergen.soy, Allergen.gluten}), "the allergies to gluten and soy"),
        (
            frozenset(
                {
                    Allergen.soy,
                    Allergen.gluten,
                    Allergen.peanuts,
                    Allergen.tree_nuts,
                    Allergen.sesame,
                }
            ),
            "the allergies to gluten, peanuts, sesame, soy and tree nuts",
        ),
    ],
)
def test_vegan_without_soy_or_gluten_cannot_reach_high_protein(
    real_catalog: Catalog, allergies: frozenset[Allergen], named: str
) -> None:
    # Without soy and seitan only legumes carry protein (at most ~30 % of their energy).
    request = request_from_profile(
        **WOMAN_AT_THE_FLOOR, diets=frozenset({Diet.vegan}), allergies=allergies
    )
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, real_catalog, seed=1)
    assert ReasonCode.protein in error.value.codes
    protein = next(r.message for r in error.value.reasons if r.code is ReasonCode.protein)
    assert protein.startswith(
        f"protein 105 g/day cannot be reached with foods allowed by the vegan diet and {named} "
        "within portion bounds (closest: "
    )


def test_no_allowed_food_is_reported(catalog: Catalog) -> None:
    names = tuple(food.name for food in catalog.everyday)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(
            make_request(diets=frozenset({Diet.vegan}), disliked_foods=names), catalog, seed=1
        )
    assert error.value.codes == [ReasonCode.no_foods]
    assert (
        str(error.value) == "no everyday food is allowed by the vegan diet and the disliked foods"
    )


def test_foods_that_fit_no_meal_are_reported(real_catalog: Catalog) -> None:
    # Watermelon is a snack food only: three meals a day have no slot for it.
    names = tuple(food.name for food in real_catalog.everyday if food.name != "Watermelon")
    request = make_request(disliked_foods=names, meals_per_day=3)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, real_catalog, seed=1)
    assert error.value.codes == [ReasonCode.no_foods]
    assert str(error.value) == (
        "no combination of foods allowed by the disliked foods fills every meal"
    )


def test_no_allowed_exercise_is_reported(catalog: Catalog) -> None:
    barbell_only = Catalog(
        foods=catalog.foods,
        everyday=catalog.everyday,
        exercises=[ex for ex in catalog.exercises if ex.equipment is Equipment.barbell],
    )
    request = make_request(
        equipment=frozenset({Equipment.bands}), injuries=frozenset({BodyArea.knee})
    )
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, barbell_only, seed=1)
    assert error.value.codes == [ReasonCode.no_exercises]
    assert str(error.value) == (
        "no strength exercise suits an intermediate with body weight and bands and an injured knee"
    )


def test_too_short_sessions_are_reported(catalog: Catalog) -> None:
    request = make_request(days_per_week=2, goal=Goal.gain_muscle, session_minutes=15)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, catalog, seed=1)
    assert error.value.codes == [ReasonCode.volume]
    # 15 * 60 s / (45 s work + 105 s rest) = 6 sets a session
    assert str(error.value) == (
        "2 sessions of 15 minutes a week (6 sets each) are too short for 6 weekly sets on every "
        "major muscle group; allow longer sessions or more training days"
    )


def test_one_short_session_with_injuries_names_them(real_catalog: Catalog) -> None:
    injuries = frozenset({BodyArea.knee, BodyArea.lower_back})
    request = make_request(days_per_week=1, session_minutes=45, injuries=injuries)
    with pytest.raises(PlanInfeasible) as error:
        make_plan(request, real_catalog, seed=1)
    # 45 * 60 s / (45 s work + 90 s rest) = 20 sets
    assert str(error.value) == (
        "1 session of 45 minutes a week (20 sets) is too short for 3 weekly sets on every major "
        "muscle group with the exercises an injured knee and lower back allow; allow longer "
        "sessions or more training days"
    )
