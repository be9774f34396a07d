"""The shape of a training week: split, training weekdays, day focus and set prescription."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from pydantic import BaseModel, ConfigDict

from domain.plan.muscles import MuscleGroup
from domain.plan.schemas import Focus, Split
from domain.profile import Experience, Goal

_ALL: Final = tuple(MuscleGroup)
_UPPER: Final = (
    MuscleGroup.chest,
    MuscleGroup.back,
    MuscleGroup.shoulders,
    MuscleGroup.biceps,
    MuscleGroup.triceps,
)
_LOWER: Final = (MuscleGroup.quadriceps, MuscleGroup.hamstrings, MuscleGroup.glutes)

FOCUS_GROUPS: Final[dict[Focus, tuple[MuscleGroup, ...]]] = {
    Focus.full: _ALL,
    Focus.upper_body: _UPPER,
    Focus.lower_body: _LOWER,
    Focus.push: (MuscleGroup.chest, MuscleGroup.shoulders, MuscleGroup.triceps),
    Focus.pull: (MuscleGroup.back, MuscleGroup.biceps),
    Focus.legs: _LOWER,
}

# Weekdays (1 = Monday) that spread rest: never more than two training days in a row up to four
# days a week, never more than three at five.
TRAINING_DAYS: Final[dict[int, tuple[int, ...]]] = {
    1: (1,),
    2: (1, 4),
    3: (1, 3, 5),
    4: (1, 2, 4, 5),
    5: (1, 2, 3, 5, 6),
    6: (1, 2, 3, 4, 5, 6),
    7: (1, 2, 3, 4, 5, 6, 7),
}

_PPL: Final = (Focus.push, Focus.pull, Focus.legs)
_SPLIT_FOCI: Final[dict[Split, tuple[Focus, ...]]] = {
    Split.full_body: (Focus.full,) * 7,
    Split.upper_lower: (Focus.upper_body, Focus.lower_body) * 4,
    Split.push_pull_legs: (*_PPL, *_PPL, Focus.full),
    Split.upper_lower_ppl: (Focus.upper_body, Focus.lower_body, *_PPL),
}


def max_consecutive_training_days(days_per_week: int) -> int:
    """The longest run of training days (wrapping around the week) allowed at this frequency."""
    if days_per_week <= 4:
        return 2
    return 3 if days_per_week == 5 else 7


def longest_training_run(weekdays: Iterable[int]) -> int:
    """The longest run of consecutive training weekdays, wrapping from Sunday to Monday."""
    days = set(weekdays)
    if days >= set(range(1, 8)):
        return 7
    longest = run = 0
    for day in [*range(1, 8), *range(1, 8)]:
        run = run + 1 if day in days else 0
        longest = max(longest, run)
    return longest


def choose_split(days_per_week: int, experience: Experience) -> Split:
    """Full body at low frequency, upper/lower at four days, push/pull/legs at six or more."""
    if days_per_week <= 2 or (days_per_week == 3 and experience != Experience.expert):
        return Split.full_body
    if days_per_week == 3:
        return Split.push_pull_legs
    if days_per_week == 4:
        return Split.upper_lower
    if days_per_week == 5:
        return Split.upper_lower_ppl
    return Split.push_pull_legs


def split_foci(split: Split, days_per_week: int) -> tuple[Focus, ...]:
    """The focus of each training day in order, for `days_per_week` days."""
    return _SPLIT_FOCI[split][:days_per_week]


class Prescription(BaseModel):
    """Sets per exercise, rep range and rest for a goal."""

    model_config = ConfigDict(frozen=True)

    min_sets: int
    max_sets: int
    reps_min: int
    reps_max: int
    rest_s: int


PRESCRIPTIONS: Final[dict[Goal, Prescription]] = {
    Goal.gain_muscle: Prescription(min_sets=3, max_sets=4, reps_min=6, reps_max=12, rest_s=105),
    Goal.lose_fat: Prescription(min_sets=3, max_sets=4, reps_min=10, reps_max=15, rest_s=60),
    Goal.maintain: Prescription(min_sets=3, max_sets=4, reps_min=8, reps_max=12, rest_s=90),
}

DEFAULT_SESSION_MINUTES: Final = 60
_WORK_SECONDS_PER_SET: Final = 45


def max_sets_per_session(prescription: Prescription, session_minutes: int | None) -> int:
    """How many sets fit a session, counting each set's work plus its rest."""
    minutes = session_minutes or DEFAULT_SESSION_MINUTES
    return (minutes * 60) // (_WORK_SECONDS_PER_SET + prescription.rest_s)
