from __future__ import annotations

import pytest

from domain.catalog import Catalog
from domain.injuries import excluded_patterns
from domain.plan import (
    DayKind,
    DraftDay,
    DraftMenu,
    Focus,
    PlanDraft,
    RepairKind,
    ViolationCode,
    check_plan,
    draft_from_plan,
    make_plan,
    plan_from_draft,
)
from domain.plan.grounding import Grounder, Repair
from domain.profile import Allergen, BodyArea
from tests.domain.plan.factories import make_request


def _draft(days: list[DraftDay], menus: list[DraftMenu]) -> PlanDraft:
    return PlanDraft(menus=menus, days=days)


FULL_WEEK = [
    DraftDay(focus=Focus.full, ex=["Barbell Squat", "Pullups", "Dumbbell Bench Press"]),
    DraftDay(focus=Focus.full, ex=["Romanian Deadlift", "Pushups", "Barbell Curl"]),
    DraftDay(focus=Focus.full, ex=["Barbell Hip Thrust", "One-Arm Dumbbell Row"]),
]
WEEKDAYS = (1, 3, 5)  # the schedule of three full-body days
MENU = [
    ["Greek yogurt", "Oats", "Banana"],
    ["Chicken breast", "Brown rice", "Broccoli"],
    ["Salmon fillet", "Potatoes", "Spinach", "Olive oil"],
]


def test_reference_draft_round_trips_without_repairs(catalog: Catalog) -> None:
    request = make_request(days_per_week=4, meals_per_day=4)
    plan = make_plan(request, catalog, seed=8)
    result = plan_from_draft(draft_from_plan(plan), request, catalog, seed=8)
    assert result.repairs == []
    assert check_plan(result.plan, request, catalog) == []
    assert draft_from_plan(result.plan) == draft_from_plan(plan)


def test_names_ground_case_insensitively_then_fuzzily(catalog: Catalog) -> None:
    grounder, repairs = Grounder(catalog), list[Repair]()
    assert grounder.exercise("pullups", "day 1", repairs) is catalog.exercise("Pullups")
    assert repairs == []
    assert grounder.food("bananas", "menu 1", repairs) is catalog.everyday_food("Banana")
    assert grounder.exercise("Barbel Squat", "day 1", repairs) is catalog.exercise("Barbell Squat")
    assert [r.kind for r in repairs] == [RepairKind.fuzzy_match, RepairKind.fuzzy_match]
    assert grounder.food("Dragon steak", "menu 1", repairs) is None
    assert repairs[-1].kind == RepairKind.unknown_name
    assert "Dragon steak" in repairs[-1].message


def test_draft_is_grounded_and_completed(catalog: Catalog) -> None:
    request = make_request(days_per_week=3)
    menus = [DraftMenu(kind=DayKind.train, meals=MENU), DraftMenu(kind=DayKind.rest, meals=MENU)]
    result = plan_from_draft(_draft(FULL_WEEK, menus), request, catalog, seed=1)
    assert check_plan(result.plan, request, catalog) == []
    assert result.plan.notes  # coaching notes come from templates
    assert {r.kind for r in result.repairs} <= {RepairKind.added, RepairKind.dropped}
    dropped = " ".join(r.message for r in result.repairs if r.kind == RepairKind.dropped)
    for weekday, proposed in zip(WEEKDAYS, FULL_WEEK, strict=True):
        served = {item.name for item in result.plan.days[weekday - 1].exercises}
        assert all(name in served or name in dropped for name in proposed.ex)
        assert len(served & set(proposed.ex)) >= len(proposed.ex) - 1


def test_unsafe_items_are_dropped_with_the_broken_constraint(catalog: Catalog) -> None:
    area = next(
        a
        for a in BodyArea
        if any(
            ex.patterns & excluded_patterns({a})
            for ex in catalog.exercises
            if ex.name == "Barbell Squat"
        )
    )
    request = make_request(
        days_per_week=3, allergies=frozenset({Allergen.milk}), injuries=frozenset({area})
    )
    menus = [DraftMenu(kind=DayKind.train, meals=MENU), DraftMenu(kind=DayKind.rest, meals=MENU)]
    result = plan_from_draft(_draft(FULL_WEEK, menus), request, catalog, seed=1)
    codes = {r.code for r in result.repairs if r.kind == RepairKind.dropped}
    assert {ViolationCode.allergen, ViolationCode.injury} <= codes
    assert check_plan(result.plan, request, catalog) == []
    foods = {i.name for d in result.plan.days for m in d.meals for i in m.items}
    assert "Greek yogurt" not in foods


def test_unknown_names_and_missing_parts_are_filled(catalog: Catalog) -> None:
    request = make_request(days_per_week=3, meals_per_day=4)
    draft = _draft(
        [DraftDay(focus=Focus.full, ex=["Moon Squat"])],
        [DraftMenu(kind=DayKind.train, meals=[["Dragon steak"], ["Tofu"]])],
    )
    result = plan_from_draft(draft, request, catalog, seed=2)
    kinds = [r.kind for r in result.repairs]
    assert RepairKind.unknown_name in kinds
    assert RepairKind.schedule in kinds
    assert kinds.count(RepairKind.menu) == 2  # too few meals, and no rest-day menu
    assert check_plan(result.plan, request, catalog) == []


def test_a_draft_without_days_takes_the_planners_week(catalog: Catalog) -> None:
    """Meal-plan renewals draft menus only; the week is the planner's, nothing to repair."""
    request = make_request(days_per_week=4, meals_per_day=4)
    reference = draft_from_plan(make_plan(request, catalog, seed=3))
    meals_only = PlanDraft(menus=reference.menus)
    result = plan_from_draft(meals_only, request, catalog, seed=3)
    assert result.repairs == []
    assert draft_from_plan(result.plan) == reference


def test_days_in_another_order_are_mapped_by_focus(catalog: Catalog) -> None:
    request = make_request(days_per_week=4)
    reference = draft_from_plan(make_plan(request, catalog, seed=4))
    assert [d.focus for d in reference.days] == [Focus.upper_body, Focus.lower_body] * 2
    swapped = PlanDraft(menus=reference.menus, days=reference.days[::-1])
    result = plan_from_draft(swapped, request, catalog, seed=4)
    assert [r.kind for r in result.repairs] == [RepairKind.schedule]
    assert draft_from_plan(result.plan).days == [
        reference.days[2],
        reference.days[3],
        reference.days[0],
        reference.days[1],
    ]


@pytest.mark.parametrize("seed", [1, 2])
def test_plan_from_draft_is_deterministic(catalog: Catalog, seed: int) -> None:
    request = make_request(days_per_week=2)
    draft = _draft(FULL_WEEK[:2], [DraftMenu(kind=DayKind.rest, meals=MENU)])
    first = plan_from_draft(draft, request, catalog, seed=seed)
    assert plan_from_draft(draft, request, catalog, seed=seed) == first
