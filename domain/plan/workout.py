"""The reference workout week: split, weekdays, exercises and sets for a request."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from domain.catalog import Exercise
from domain.plan.errors import InfeasibleReason, PlanInfeasible, ReasonCode
from domain.plan.exercises import allowed_exercises, exercise_costs, primary_candidates
from domain.plan.muscles import GROUP_MUSCLES, MuscleGroup, weekly_set_range, weekly_sets
from domain.plan.request import PlanRequest
from domain.plan.schedule import (
    DEFAULT_SESSION_MINUTES,
    FOCUS_GROUPS,
    PRESCRIPTIONS,
    TRAINING_DAYS,
    choose_split,
    max_sets_per_session,
    split_foci,
)
from domain.plan.schemas import Focus, PlannedExercise, Split
from domain.plan.volume import VolumeProblem, allocate_sets
from domain.plan.wording import join, names, trainee

# (candidates per muscle group and day, offer every group on every day), widened in turn when
# the allocation is infeasible. The last step lets a group with few allowed exercises (say,
# quadriceps with a knee injury) get its weekly floor from days that do not focus on it.
_ATTEMPTS: Final = ((3, False), (6, False), (3, True))
# Exercises a draft proposed beat even liked ones: the draft already reflects the user's notes.
PREFERRED_COST: Final = -2.0


@dataclass(frozen=True)
class WorkoutWeek:
    split: Split
    foci: dict[int, Focus]
    days: dict[int, list[PlannedExercise]]
    weekly_sets: dict[MuscleGroup, float]


def trainable_groups(allowed: Iterable[Exercise]) -> frozenset[MuscleGroup]:
    """Groups that some allowed exercise works as a primary muscle (their volume floor applies)."""
    primaries = {muscle for ex in allowed for muscle in ex.primary_muscles}
    return frozenset(g for g, muscles in GROUP_MUSCLES.items() if muscles & primaries)


def default_schedule(request: PlanRequest) -> tuple[Split, dict[int, Focus]]:
    """The split and the focus per training weekday the reference planner uses."""
    split = choose_split(request.days_per_week, request.experience)
    foci = split_foci(split, request.days_per_week)
    return split, dict(zip(TRAINING_DAYS[request.days_per_week], foci, strict=True))


def plan_workout(
    request: PlanRequest,
    exercises: Sequence[Exercise],
    rng: np.random.Generator,
    *,
    schedule: tuple[Split, dict[int, Focus]] | None = None,
    preferred: Mapping[int, Sequence[Exercise]] | None = None,
) -> WorkoutWeek:
    """Choose exercises and sets for every training day.

    Args:
        request: The user's constraints.
        exercises: The exercise catalog.
        rng: Seeded generator for tie-breaks between equally preferred exercises.
        schedule: Split and focus per weekday; the reference schedule when None.
        preferred: Per weekday, allowed exercises to use before anything else (from a draft).

    Returns:
        The week, with weekly sets per major muscle group.

    Raises:
        PlanInfeasible: No allowed exercise, or the sessions cannot hold the weekly volume.
    """
    allowed = allowed_exercises(exercises, request)
    if not allowed:
        message = f"no strength exercise suits {trainee(request)}"
        raise PlanInfeasible([InfeasibleReason(code=ReasonCode.no_exercises, message=message)])
    preferred = preferred or {}
    costs = exercise_costs(allowed, request.liked_exercises, rng)
    for ex in (ex for exs in preferred.values() for ex in exs):
        costs[ex.id] = PREFERRED_COST
    split, foci = schedule or default_schedule(request)
    rx = PRESCRIPTIONS[request.goal]
    session_sets = max_sets_per_session(rx, request.session_minutes)
    # A draft's own exercises alone come first: no repair when they already work.
    attempts = ((0, False), *_ATTEMPTS) if any(preferred.values()) else _ATTEMPTS
    for limit, every_group in attempts:
        candidates = {
            day: _day_candidates(
                allowed,
                tuple(MuscleGroup) if every_group else FOCUS_GROUPS[focus],
                costs,
                limit,
                preferred.get(day, ()),
            )
            for day, focus in foci.items()
        }
        allocation = allocate_sets(
            VolumeProblem(
                foci=foci,
                candidates=candidates,
                costs=costs,
                prescription=rx,
                session_sets=session_sets,
                set_range=weekly_set_range(len(foci)),
                trainable=trainable_groups(allowed),
            )
        )
        if allocation is not None:
            break
    else:
        raise PlanInfeasible([_volume_reason(request, len(foci), session_sets)])
    days = {
        day: [
            PlannedExercise(
                name=ex.name,
                exercise_id=ex.id,
                sets=sets,
                reps_min=rx.reps_min,
                reps_max=rx.reps_max,
                rest_s=rx.rest_s,
            )
            for ex, sets in sorted(work, key=lambda pair: _order_key(pair[0], costs))
        ]
        for day, work in allocation.items()
    }
    week = [pair for work in allocation.values() for pair in work]
    return WorkoutWeek(split=split, foci=foci, days=days, weekly_sets=weekly_sets(week))


def _volume_reason(request: PlanRequest, sessions: int, session_sets: int) -> InfeasibleReason:
    """Why the week cannot hold the volume floor, with what the user can change."""
    low, _ = weekly_set_range(sessions)
    minutes = request.session_minutes or DEFAULT_SESSION_MINUTES
    if sessions == 1:
        week = f"1 session of {minutes} minutes a week ({session_sets} sets) is"
    else:
        week = f"{sessions} sessions of {minutes} minutes a week ({session_sets} sets each) are"
    allowed = ""
    if request.injuries:
        verb = "allow" if len(request.injuries) > 1 else "allows"
        allowed = f" with the exercises an injured {join(names(request.injuries))} {verb}"
    return InfeasibleReason(
        code=ReasonCode.volume,
        message=f"{week} too short for {low:g} weekly sets on every major muscle group{allowed}; "
        "allow longer sessions or more training days",
    )


def _day_candidates(
    allowed: Sequence[Exercise],
    groups: Sequence[MuscleGroup],
    costs: Mapping[str, float],
    limit: int,
    preferred: Sequence[Exercise],
) -> list[Exercise]:
    picked = {ex.id: ex for ex in preferred}
    for group in groups:
        for ex in primary_candidates(allowed, group, costs, limit):
            picked.setdefault(ex.id, ex)
    return list(picked.values())


def _order_key(exercise: Exercise, costs: Mapping[str, float]) -> tuple[bool, float]:
    """Compound lifts first, then by preference."""
    return exercise.mechanic != "compound", costs[exercise.id]
