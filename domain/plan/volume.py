"""Sets per exercise and day by a small mixed-integer program, so weekly volume lands in range.

Per (day, candidate exercise) there is a binary "used" and an integer set count that is either 0
or within the goal's sets per exercise. Constraints: weekly sets per major muscle group within
range, sets and exercises per session capped, at least one exercise per session. The objective
prefers every group a day focuses on to get a primary exercise that day, cheap (liked, staple,
compound) exercises, and weekly volume near the lower end of the range plus two sets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from domain.catalog import Exercise
from domain.plan.lp import Rows
from domain.plan.muscles import PRIMARY_CREDIT, MuscleGroup, set_credit
from domain.plan.planner_limits import MAX_EXERCISES_PER_SESSION
from domain.plan.schedule import FOCUS_GROUPS, Prescription
from domain.plan.schemas import Focus

_VOLUME_WEIGHT: Final = 0.2
_VOLUME_HEADROOM: Final = 2.0
# Missing a focused group's primary lift on a day is allowed (short sessions) but costly.
_MISS_COST: Final = 3.0
_NODE_LIMIT: Final = 500
# Exercise costs are whole units: a tight gap keeps every proposed exercise that fits.
_GAP: Final = 0.001


@dataclass(frozen=True)
class VolumeProblem:
    """One week's set-allocation problem."""

    foci: Mapping[int, Focus]
    candidates: Mapping[int, Sequence[Exercise]]
    costs: Mapping[str, float]
    prescription: Prescription
    session_sets: int
    set_range: tuple[float, float]
    trainable: frozenset[MuscleGroup]


def allocate_sets(problem: VolumeProblem) -> dict[int, list[tuple[Exercise, int]]] | None:
    """Solve the allocation; None when no allocation meets every constraint.

    Args:
        problem: Days, their candidate exercises and the volume rules.

    Returns:
        Per weekday, (exercise, sets) pairs in candidate order; None if infeasible.
    """
    cells = [(day, ex) for day, exs in problem.candidates.items() for ex in exs]
    n, groups = len(cells), list(MuscleGroup)
    coverage = [
        [
            n + i
            for i, (d, ex) in enumerate(cells)
            if d == day and set_credit(ex, group) == PRIMARY_CREDIT
        ]
        for day, focus in problem.foci.items()
        for group in FOCUS_GROUPS[focus]
    ]
    coverage = [hits for hits in coverage if hits]
    # Columns: sets per cell, used per cell, a volume deviation per group, a coverage miss per
    # (day, focused group).
    dev0, miss0 = 2 * n, 2 * n + len(groups)
    rows = Rows(miss0 + len(coverage))
    rx = problem.prescription
    for i in range(n):
        rows.add_link(i, n + i, rx.min_sets, rx.max_sets)
    for day in problem.foci:
        in_day = [i for i, (d, _) in enumerate(cells) if d == day]
        rows.add(rows.row(in_day), 0.0, problem.session_sets)
        # At least one exercise: a training day may not be empty.
        rows.add(rows.row([n + i for i in in_day]), 1.0, MAX_EXERCISES_PER_SESSION)
    for k, hits in enumerate(coverage):
        rows.add(rows.row([*hits, miss0 + k]), 1.0, np.inf)
    low, high = problem.set_range
    for g, group in enumerate(groups):
        credit = rows.row(range(n), [set_credit(ex, group) for _, ex in cells])
        trainable = group in problem.trainable
        rows.add(credit, low if trainable else 0.0, high)
        rows.add_deviation(credit, dev0 + g, low + _VOLUME_HEADROOM if trainable else 0.0)

    cost = np.concatenate(
        [
            np.zeros(n),
            [problem.costs[ex.id] for _, ex in cells],
            np.full(len(groups), _VOLUME_WEIGHT),
            np.full(len(coverage), _MISS_COST),
        ]
    )
    integrality = np.concatenate([np.ones(2 * n), np.zeros(len(groups) + len(coverage))])
    var_upper = np.concatenate(
        [
            np.full(n, rx.max_sets),
            np.ones(n),
            np.full(len(groups), np.inf),
            np.ones(len(coverage)),
        ]
    )
    x = rows.solve(cost, integrality=integrality, upper=var_upper, node_limit=_NODE_LIMIT, gap=_GAP)
    if x is None:
        return None
    allocation: dict[int, list[tuple[Exercise, int]]] = {day: [] for day in problem.foci}
    for i, (day, ex) in enumerate(cells):
        sets = round(float(x[i]))
        if sets > 0:
            allocation[day].append((ex, sets))
    return allocation
