from __future__ import annotations

import pytest

from domain.catalog import Catalog
from domain.plan.planner import make_plan
from domain.plan.quality import liked_used, meals_apart, quality, ranked_plans, variety
from domain.plan.schemas import Plan
from domain.plan.soft_preferences import (
    NO_SOFT_PREFERENCES,
    SoftPreferences,
    beside_likes,
    honoured,
    merge_wishes,
    preferred_request,
    wishes_found,
    without_exercises,
)
from tests.domain.plan.factories import make_catalog, make_request

CATALOG: Catalog = make_catalog()


@pytest.fixture(scope="module")
def plan() -> Plan:
    return make_plan(make_request(), CATALOG, seed=0)


def _foods(plan: Plan) -> list[str]:
    return sorted({item.name for day in plan.days for meal in day.meals for item in meal.items})


def _exercises(plan: Plan) -> list[str]:
    return sorted({ex.name for day in plan.days for ex in day.exercises})


def test_honoured_counts_each_kind_of_wish(plan: Plan) -> None:
    served_food, served_exercise = _foods(plan)[0], _exercises(plan)[0]
    unserved = next(ex.name for ex in CATALOG.exercises if ex.name not in _exercises(plan))
    wishes = SoftPreferences(
        favourite_foods=(served_food.upper(),),  # matched like liked foods: any case
        fewer_foods=(served_food,),
        enjoyed_exercises=(served_exercise,),
        boring_exercises=(served_exercise, unserved),
    )
    count = honoured(plan, wishes, CATALOG)
    assert (count.hit, count.total) == (3, 5)
    assert honoured(plan, NO_SOFT_PREFERENCES, CATALOG).rate is None


def test_preferred_request_turns_wishes_into_likes_and_dislikes() -> None:
    request = make_request(liked_foods=("oats",), disliked_foods=("tuna",))
    wishes = SoftPreferences(
        favourite_foods=("rice",), fewer_foods=("egg",), enjoyed_exercises=("Push-up",)
    )
    wanted = preferred_request(request, wishes)
    assert wanted.liked_foods == ("oats", "rice")
    assert wanted.disliked_foods == ("tuna", "egg")
    assert wanted.liked_exercises == ("Push-up",)


def test_without_exercises_drops_only_the_named(plan: Plan) -> None:
    name = _exercises(plan)[0]
    smaller = without_exercises(CATALOG, (name.lower(),))
    assert smaller.exercise(name) is None
    assert len(smaller.exercises) == len(CATALOG.exercises) - 1
    assert without_exercises(CATALOG, ()) is CATALOG


def test_ranked_plans_are_best_first_and_honour_the_wishes(plan: Plan) -> None:
    request = make_request()
    wishes = SoftPreferences(
        fewer_foods=(_foods(plan)[0],), boring_exercises=(_exercises(plan)[0],)
    )
    ranked = ranked_plans(request, wishes, CATALOG, seeds=range(3))
    assert len(ranked) == 3
    scores = [item.score for item in ranked]
    assert scores == sorted(scores, reverse=True)
    best = ranked[0].plan
    assert honoured(best, wishes, CATALOG).rate == 1.0
    assert ranked[0].score == pytest.approx(quality(best, request, wishes, CATALOG))


def test_quality_rewards_likes_and_wishes(plan: Plan) -> None:
    served = _foods(plan)[0]
    liked = make_request(liked_foods=(served,))
    assert liked_used(plan, liked, CATALOG).rate == 1.0
    missing = make_request(liked_foods=("no such food",))
    assert quality(plan, liked, NO_SOFT_PREFERENCES, CATALOG) > quality(
        plan, missing, NO_SOFT_PREFERENCES, CATALOG
    )
    heard = SoftPreferences(favourite_foods=(served,))
    unheard = SoftPreferences(fewer_foods=(served,))
    assert quality(plan, liked, heard, CATALOG) > quality(plan, liked, unheard, CATALOG)


def test_variety_and_meals_apart_count_the_week(plan: Plan) -> None:
    foods, exercises = variety(plan)
    assert (foods, exercises) == (len(_foods(plan)), len(_exercises(plan)))
    day = plan.days[0]
    repeated_meal = day.meals[0].model_copy(update={"items": day.meals[1].items})
    repeated = day.model_copy(update={"meals": [repeated_meal, *day.meals[1:]]})
    worse = plan.model_copy(update={"days": [repeated, *plan.days[1:]]})
    assert meals_apart(worse).hit == meals_apart(plan).hit - 1


def test_ranked_plans_need_a_seed() -> None:
    with pytest.raises(ValueError, match="seeds"):
        ranked_plans(make_request(), NO_SOFT_PREFERENCES, CATALOG, seeds=[])


def test_wishes_the_forms_likes_contradict_are_dropped() -> None:
    request = make_request(liked_foods=("greek yogurt",), liked_exercises=("Barbell Squat",))
    wishes = SoftPreferences(
        favourite_foods=("tofu",),
        fewer_foods=("yogurt", "oats"),
        boring_exercises=("barbell squat", "Leg Extensions"),
    )
    assert beside_likes(wishes, request, CATALOG) == SoftPreferences(
        favourite_foods=("tofu",), fewer_foods=("oats",), boring_exercises=("Leg Extensions",)
    )


def test_merged_wishes_keep_order_drop_repeats_and_settle_on_less() -> None:
    merged = merge_wishes(
        [
            SoftPreferences(favourite_foods=("salmon", "rice"), enjoyed_exercises=("plank",)),
            SoftPreferences(favourite_foods=("salmon",), fewer_foods=("rice",)),
            SoftPreferences(boring_exercises=("plank",)),
        ]
    )
    assert merged == SoftPreferences(
        favourite_foods=("salmon",), fewer_foods=("rice",), boring_exercises=("plank",)
    )


def test_wishes_found_is_recall_one_way_and_precision_the_other() -> None:
    stated = SoftPreferences(favourite_foods=("rice", "salmon"))
    read = SoftPreferences(favourite_foods=("Salmon", "brown rice"), fewer_foods=("oats",))
    assert (wishes_found(read, stated).hit, wishes_found(read, stated).total) == (1, 2)
    assert (wishes_found(stated, read).hit, wishes_found(stated, read).total) == (1, 3)
