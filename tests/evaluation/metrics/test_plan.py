from __future__ import annotations

import pytest

from domain.plan.quality import liked_used, variety
from domain.plan.schemas import Macros, Plan
from evaluation.metrics.plan import kcal_error, macro_error, sets_in_guideline
from tests.domain.plan.factories import make_request
from tests.evaluation.factories import CATALOG, reference_plan


def _with_day_totals(plan: Plan, index: int, **scale: float) -> Plan:
    """A copy of `plan` whose day `index` totals are the target scaled per field."""
    day = plan.days[index]
    target = day.target.model_dump()
    totals = Macros(**{k: v * scale.get(k, 1.0) for k, v in target.items()})
    days = [*plan.days]
    days[index] = day.model_copy(update={"totals": totals})
    return plan.model_copy(update={"days": days})


def _on_target(plan: Plan) -> Plan:
    for index in range(len(plan.days)):
        plan = _with_day_totals(plan, index)
    return plan


def test_kcal_error_is_the_worst_day() -> None:
    plan = _on_target(reference_plan())
    assert kcal_error(plan) == 0.0
    plan = _with_day_totals(plan, 2, kcal=1.05)
    plan = _with_day_totals(plan, 4, kcal=0.98)
    assert kcal_error(plan) == pytest.approx(0.05)


def test_macro_error_averages_protein_carbs_fat_over_days() -> None:
    plan = _on_target(reference_plan())
    assert macro_error(plan) == 0.0
    plan = _with_day_totals(plan, 0, protein_g=1.21, kcal=2.0)
    assert macro_error(plan) == pytest.approx(0.21 / (7 * 3))


def test_reference_plan_lands_within_the_kcal_band() -> None:
    assert kcal_error(reference_plan()) <= 0.03


def test_liked_used_matches_food_terms_and_exercise_names() -> None:
    request = make_request(liked_foods=("salmon", "durian"), liked_exercises=("pullups",))
    plan = reference_plan(liked_foods=("salmon", "durian"), liked_exercises=("pullups",))
    count = liked_used(plan, request, CATALOG)
    assert (count.hit, count.total) == (2, 3)
    assert count.rate == pytest.approx(2 / 3)
    assert liked_used(plan, make_request(), CATALOG).rate is None


def test_variety_counts_distinct_names_over_the_week() -> None:
    plan = reference_plan()
    foods, exercises = variety(plan)
    served = {i.name for d in plan.days for m in d.meals for i in m.items}
    assert foods == len(served)
    assert exercises == len({e.name for d in plan.days for e in d.exercises})
    assert 0 < exercises <= len(CATALOG.exercises)


def test_sets_in_guideline_uses_the_range_for_the_requested_days() -> None:
    plan = reference_plan()
    assert sets_in_guideline(plan, make_request()).rate == 1.0
    sets = dict(plan.weekly_sets)
    sets["chest"], sets["back"] = 25.0, 3.0
    skewed = plan.model_copy(update={"weekly_sets": sets})
    count = sets_in_guideline(skewed, make_request())
    assert (count.hit, count.total) == (len(sets) - 2, len(sets))
