"""How good a valid plan is beyond its constraints, and the best of several planner solutions.

Every plan the planner makes honours the hard constraints; they differ in what users notice next:
whether their liked foods and exercises are in it, whether the week varies, whether meals go
together and whether the wishes in their notes (`domain.plan.soft_preferences`) were heard. The
planner takes the first feasible solution for one seed; training targets are the best of several
seeds by `quality`, so a model trained on them learns better plans than the planner's first one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from domain.catalog import Catalog
from domain.plan.counts import Count
from domain.plan.errors import PlanInfeasible
from domain.plan.foods import matches
from domain.plan.planner import make_plan
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.soft_preferences import (
    SoftPreferences,
    honoured,
    preferred_request,
    without_exercises,
)


def plan_foods(plan: Plan) -> list[str]:
    """Every food served in the week, once per serving."""
    return [item.name for day in plan.days for meal in day.meals for item in meal.items]


def plan_exercises(plan: Plan) -> list[str]:
    """Every exercise in the week, once per session."""
    return [ex.name for day in plan.days for ex in day.exercises]


def liked_used(plan: Plan, request: PlanRequest, catalog: Catalog) -> Count:
    """How many of the user's liked foods and exercises appear in the plan.

    A liked food term counts when any served food matches it the way the planner matches terms
    ("salmon" matches "Salmon fillet"); a liked exercise counts when its name is served.
    """
    served_foods = [catalog.everyday_food(name) for name in set(plan_foods(plan))]
    known = [food for food in served_foods if food is not None]
    foods = sum(any(matches(term, food) for food in known) for term in request.liked_foods)
    served_ex = {name.casefold() for name in plan_exercises(plan)}
    exercises = sum(name.strip().casefold() in served_ex for name in request.liked_exercises)
    return Count(foods + exercises, len(request.liked_foods) + len(request.liked_exercises))


def variety(plan: Plan) -> tuple[int, int]:
    """Distinct (foods, exercises) over the week."""
    foods = {name.casefold() for name in plan_foods(plan)}
    exercises = {name.casefold() for name in plan_exercises(plan)}
    return len(foods), len(exercises)


def meals_apart(plan: Plan) -> Count:
    """Days on which no food is served at two meals: meals that go together, not leftovers."""
    apart = 0
    for day in plan.days:
        names = [item.name.casefold() for meal in day.meals for item in meal.items]
        apart += len(names) == len(set(names))
    return Count(apart, len(plan.days))


@dataclass(frozen=True)
class QualityWeights:
    """Weights of `quality`; rates are in [0, 1], variety counts are per distinct item.

    A soft preference heard weighs most (only the notes state it), then liked items; one more
    distinct food (of ~40 a varied week has) or exercise (of ~10) weighs a little, so variety
    breaks ties between plans that honour as much.
    """

    soft: float = 2.0
    liked: float = 1.0
    per_food: float = 0.02
    per_exercise: float = 0.05
    meals_apart: float = 0.5


DEFAULT_WEIGHTS: Final = QualityWeights()


def quality(
    plan: Plan,
    request: PlanRequest,
    preferences: SoftPreferences,
    catalog: Catalog,
    weights: QualityWeights = DEFAULT_WEIGHTS,
) -> float:
    """The weighted quality score of a valid plan; higher is better.

    A rate with nothing to count (no likes, no soft preferences) scores as fully met, so users
    who state nothing are not ranked below those who do.
    """
    foods, exercises = variety(plan)

    def rate(count: Count) -> float:
        return 1.0 if count.rate is None else count.rate

    return (
        weights.soft * rate(honoured(plan, preferences, catalog))
        + weights.liked * rate(liked_used(plan, request, catalog))
        + weights.per_food * foods
        + weights.per_exercise * exercises
        + weights.meals_apart * rate(meals_apart(plan))
    )


@dataclass(frozen=True)
class ScoredPlan:
    plan: Plan
    score: float
    seed: int


def ranked_plans(
    request: PlanRequest,
    preferences: SoftPreferences,
    catalog: Catalog,
    *,
    seeds: Iterable[int],
    weights: QualityWeights = DEFAULT_WEIGHTS,
) -> list[ScoredPlan]:
    """Planner solutions for each seed, best first by `quality` (ties: the smaller seed).

    Each is planned for the request with the preferences applied (`preferred_request`, boring
    exercises left out) and scored against the request and the preferences as stated.

    Args:
        request: The user's true request.
        preferences: The wishes their notes state.
        catalog: Foods and exercises.
        seeds: Planner seeds to try.
        weights: Weights of the score.

    Returns:
        The solutions, best first; empty when no seed is feasible.

    Raises:
        ValueError: If `seeds` is empty.
    """
    seeds = list(seeds)
    if not seeds:
        raise ValueError("`seeds` must name at least one planner seed")
    wanted = preferred_request(request, preferences)
    usable = without_exercises(catalog, preferences.boring_exercises)
    scored = []
    for seed in seeds:
        try:
            plan = make_plan(wanted, usable, seed=seed)
        except PlanInfeasible:
            continue
        scored.append(ScoredPlan(plan, quality(plan, request, preferences, catalog, weights), seed))
    scored.sort(key=lambda item: (-item.score, item.seed))
    return scored
