"""Composing versions: the scope is redone, locks survive, totals are summed again."""

from __future__ import annotations

from app.services.plan_diff import diff_plans
from app.services.plan_merge import compose, replaced_names, surviving_locks, with_meals
from domain.api.serving import MealDay
from domain.plan.planner import make_plan
from domain.plan.schemas import Plan
from domain.targets import MacroTargets
from tests.app.fake_serving import CATALOG
from tests.domain.plan.factories import make_request

BEFORE = make_plan(make_request(), CATALOG, seed=0)


def _avoiding(plan: Plan, day: int | None = None, meal: int | None = None) -> Plan:
    avoid = tuple(replaced_names(plan, [], day=day, meal=meal))
    return make_plan(make_request(disliked_foods=avoid), CATALOG, seed=0)


def test_a_meal_scope_changes_that_meal_only_and_keeps_locked_items() -> None:
    lunch = BEFORE.days[2].meals[1]
    lock = {"day": 3, "meal": 1, "food_id": lunch.items[0].food_id}
    after = compose(BEFORE, _avoiding(BEFORE, 3, 1), locks=[lock], day=3, meal=1)
    new_lunch = after.days[2].meals[1]
    assert new_lunch.items[0] == lunch.items[0]
    assert {i.name for i in new_lunch.items[1:]}.isdisjoint(i.name for i in lunch.items[1:])
    assert new_lunch.totals.kcal == round(sum(i.macros.kcal for i in new_lunch.items), 1)
    assert after.days[2].totals.kcal == round(sum(m.totals.kcal for m in after.days[2].meals), 1)
    assert after.days[2].meals[0] == BEFORE.days[2].meals[0]
    assert [d for d in after.days if d.day != 3] == [d for d in BEFORE.days if d.day != 3]
    changes = diff_plans((1, BEFORE, _targets()), (2, after, _targets())).meals
    assert {(c.day, c.meal) for c in changes} == {(3, 1)}
    assert lock["food_id"] not in {c.food_id for c in changes}


def test_a_whole_meal_lock_keeps_the_meal_and_a_week_scope_redoes_the_rest() -> None:
    fresh = _avoiding(BEFORE, day=1, meal=1)  # a different week
    after = compose(BEFORE, fresh, locks=[{"day": 1, "meal": 0, "food_id": None}])
    assert after.days[0].meals[0] == BEFORE.days[0].meals[0]
    assert after.days[0].meals[1] == fresh.days[0].meals[1] != BEFORE.days[0].meals[1]
    assert after.days[4].meals == fresh.days[4].meals


def test_a_locked_food_served_again_is_not_doubled() -> None:
    item = BEFORE.days[0].meals[1].items[0]
    after = compose(BEFORE, BEFORE, locks=[{"day": 1, "meal": 1, "food_id": item.food_id}])
    assert [i.food_id for i in after.days[0].meals[1].items].count(item.food_id) == 1


def test_meals_answers_keep_the_training_week() -> None:
    served = _avoiding(BEFORE, day=1, meal=1)
    days = [
        MealDay(day=d.day, kind=d.kind, meals=d.meals, target=d.target, totals=d.totals)
        for d in served.days
    ]
    merged = with_meals(BEFORE, days)
    assert [d.exercises for d in merged.days] == [d.exercises for d in BEFORE.days]
    assert [d.meals for d in merged.days] == [d.meals for d in served.days]


def test_first_plans_and_stale_locks() -> None:
    assert compose(None, BEFORE, locks=[]) is BEFORE
    kept = {"day": 2, "meal": 0, "food_id": BEFORE.days[1].meals[0].items[0].food_id}
    stale = [{"day": 2, "meal": 0, "food_id": "nope"}, {"day": 2, "meal": 9}]
    assert surviving_locks(BEFORE, [kept, *stale]) == [kept]


def _targets() -> MacroTargets:
    return make_request().targets
