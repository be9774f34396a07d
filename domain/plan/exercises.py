"""Which catalog exercises a user may do, and which of them to prefer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np

from domain.catalog import Exercise, MovementPattern
from domain.injuries import excluded_patterns
from domain.plan.muscles import GROUP_MUSCLES, MuscleGroup
from domain.plan.request import PlanRequest
from domain.plan.staples import STAPLE_EXERCISES
from domain.plan.violations import ViolationCode
from domain.profile import Experience

# Stretching, cardio, plyometrics, olympic lifts and strongman events are not hard sets.
TRAINING_CATEGORIES: Final = frozenset({"strength", "powerlifting"})
_LEVEL_RANK: Final = {level: rank for rank, level in enumerate(Experience)}
_STAPLE_RANK: Final = {name.casefold(): rank for rank, name in enumerate(STAPLE_EXERCISES)}

# Costs order candidates: liked, then staples (in table order), then compound, then the rest.
LIKED_COST: Final = -1.0
_STAPLE_COST: Final = 0.0
_COMPOUND_COST: Final = 2.0
_OTHER_COST: Final = 3.0


def exercise_violations(
    exercise: Exercise, request: PlanRequest, excluded: frozenset[MovementPattern]
) -> list[tuple[ViolationCode, str]]:
    """Why `exercise` is not allowed for this request (empty when it is allowed)."""
    problems = []
    if exercise.category.casefold() not in TRAINING_CATEGORIES:
        problems.append((ViolationCode.not_strength, f"is {exercise.category}, not strength"))
    if exercise.equipment is not None and exercise.equipment not in request.available_equipment:
        problems.append((ViolationCode.equipment, f"needs {exercise.equipment}"))
    if _LEVEL_RANK[exercise.level] > _LEVEL_RANK[request.experience]:
        problems.append((ViolationCode.exercise_level, f"is a {exercise.level} exercise"))
    blocked = exercise.patterns & excluded
    if blocked:
        problems.append((ViolationCode.injury, "loads " + ", ".join(sorted(blocked))))
    return problems


def allowed_exercises(exercises: Iterable[Exercise], request: PlanRequest) -> list[Exercise]:
    """The exercises the request allows, in catalog order."""
    excluded = excluded_patterns(request.injuries)
    return [ex for ex in exercises if not exercise_violations(ex, request, excluded)]


def exercise_costs(
    exercises: Iterable[Exercise], liked: Iterable[str], rng: np.random.Generator
) -> dict[str, float]:
    """Preference cost per exercise id (lower is better), with a seeded tie-break jitter."""
    liked_names = {name.strip().casefold() for name in liked}
    costs = {}
    for ex in exercises:
        folded = ex.name.casefold()
        if folded in liked_names:
            base = LIKED_COST
        elif folded in _STAPLE_RANK:
            base = _STAPLE_COST + _STAPLE_RANK[folded] / len(_STAPLE_RANK)
        else:
            base = _COMPOUND_COST if ex.mechanic == "compound" else _OTHER_COST
        costs[ex.id] = base + 0.1 * float(rng.random())
    return costs


def primary_candidates(
    exercises: Iterable[Exercise], group: MuscleGroup, costs: Mapping[str, float], limit: int
) -> list[Exercise]:
    """The `limit` cheapest exercises that work `group` as a primary muscle."""
    muscles = GROUP_MUSCLES[group]
    hits = [ex for ex in exercises if muscles.intersection(ex.primary_muscles)]
    hits.sort(key=lambda ex: costs[ex.id])
    return hits[:limit]
