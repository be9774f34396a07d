"""Major muscle groups and how hard sets count towards their weekly volume.

Eight groups carry the 10-20 weekly hard-set rule: chest, back (lats + middle back), shoulders,
quadriceps, hamstrings, glutes, biceps and triceps. Calves, abdominals, forearms, traps and the
rest get indirect work from compound lifts and carry no rule. A set counts 1 towards a group it
works as a primary muscle and 0.5 towards a group it only works as a secondary muscle, the usual
"fractional set" convention of the hypertrophy literature.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from domain.catalog import Exercise, Muscle


class MuscleGroup(StrEnum):
    chest = "chest"
    back = "back"
    shoulders = "shoulders"
    quadriceps = "quadriceps"
    hamstrings = "hamstrings"
    glutes = "glutes"
    biceps = "biceps"
    triceps = "triceps"


GROUP_MUSCLES: Final[dict[MuscleGroup, frozenset[Muscle]]] = {
    MuscleGroup.chest: frozenset({Muscle.chest}),
    MuscleGroup.back: frozenset({Muscle.lats, Muscle.middle_back}),
    MuscleGroup.shoulders: frozenset({Muscle.shoulders}),
    MuscleGroup.quadriceps: frozenset({Muscle.quadriceps}),
    MuscleGroup.hamstrings: frozenset({Muscle.hamstrings}),
    MuscleGroup.glutes: frozenset({Muscle.glutes}),
    MuscleGroup.biceps: frozenset({Muscle.biceps}),
    MuscleGroup.triceps: frozenset({Muscle.triceps}),
}

PRIMARY_CREDIT: Final = 1.0
SECONDARY_CREDIT: Final = 0.5
MAX_WEEKLY_SETS: Final = 20.0
# Ten weekly sets per group need about three sessions; fewer sessions get a lower floor.
_MIN_WEEKLY_SETS: Final[dict[int, float]] = {1: 3.0, 2: 6.0}
_DEFAULT_MIN_WEEKLY_SETS: Final = 10.0


def set_credit(exercise: Exercise, group: MuscleGroup) -> float:
    """How much one set of `exercise` counts towards `group`'s weekly volume."""
    muscles = GROUP_MUSCLES[group]
    if muscles.intersection(exercise.primary_muscles):
        return PRIMARY_CREDIT
    if muscles.intersection(exercise.secondary_muscles):
        return SECONDARY_CREDIT
    return 0.0


def weekly_set_range(days_per_week: int) -> tuple[float, float]:
    """The (min, max) weekly hard sets per major group for this training frequency."""
    return _MIN_WEEKLY_SETS.get(days_per_week, _DEFAULT_MIN_WEEKLY_SETS), MAX_WEEKLY_SETS


def weekly_sets(work: Iterable[tuple[Exercise, int]]) -> dict[MuscleGroup, float]:
    """Weekly hard sets per major group from (exercise, sets) pairs over the week."""
    totals = dict.fromkeys(MuscleGroup, 0.0)
    for exercise, sets in work:
        for group in MuscleGroup:
            totals[group] += set_credit(exercise, group) * sets
    return totals
