"""Grams per food for one day of meals by a mixed-integer program (scipy's HiGHS `milp`).

Each meal is a list of choices; a choice puts at most one (exactly one when required) of its
candidate foods into the meal, at a portion within the food's min_g..max_g or not at all. Day
totals must land inside the tolerance bands (tightened by a margin so rounding grams cannot push
them out) and each meal's energy near its usual share of the day; the objective minimises the
total relative deviation from the targets, then the foods' preference costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from domain.catalog import EverydayFood, MealSlot
from domain.plan.draft import MAX_FOODS_PER_MEAL
from domain.plan.lp import MIP_GAP, Rows
from domain.plan.schemas import Macros
from domain.plan.tolerances import MACRO_FIELDS, TOLERANCE

_BAND_MARGIN: Final = 0.8
# Each meal's energy stays within this factor range of its usual share of the day.
SHARE_RANGE: Final = (0.5, 1.6)
_PREFERENCE_WEIGHT: Final = 0.01
_NODE_LIMIT: Final = 500


@dataclass(frozen=True)
class Choice:
    """Up to one of `candidates` goes into the meal (exactly one when `required`).

    `costs` holds one preference cost per candidate (lower is better; negative means "please use").
    """

    candidates: tuple[EverydayFood, ...]
    costs: tuple[float, ...]
    required: bool


@dataclass(frozen=True)
class MealSpec:
    slot: MealSlot
    choices: tuple[Choice, ...]
    kcal_share: float


Portions = list[list[tuple[EverydayFood, float]]]


def solve_portions(
    meals: Sequence[MealSpec],
    target: Macros,
    *,
    hard: bool = True,
    gap: float = MIP_GAP,
    repeats: bool = False,
) -> Portions | None:
    """Solve grams for one day.

    Args:
        meals: The day's meals and their food choices.
        target: The day's macro target.
        hard: Enforce the tolerance bands; False finds the closest day (for diagnosis).
        gap: Optimality gap to stop at (see `domain.plan.lp.MIP_GAP`).
        repeats: Let a food recur across the day's meals (still once per meal), for restricted
            diets whose few foods must fill every meal; otherwise once a day, for variety.

    Returns:
        Per meal, (food, grams) pairs with whole grams; None when infeasible.
    """
    cells = [
        (m, c, food, cost)
        for m, meal in enumerate(meals)
        for c, choice in enumerate(meal.choices)
        for food, cost in zip(choice.candidates, choice.costs, strict=True)
    ]
    if not cells:  # no allowed food fits any meal: none can be filled
        return None
    n, n_macros = len(cells), len(MACRO_FIELDS)
    # Columns: grams per cell, used per cell, a deviation per macro.
    dev0 = 2 * n
    rows = Rows(dev0 + n_macros)
    per_gram = np.array(
        [[getattr(cell[2].food, k) / 100.0 for k in MACRO_FIELDS] for cell in cells]
    )
    for i, (_, _, food, _) in enumerate(cells):
        rows.add_link(i, n + i, food.min_g, food.max_g)
    for m, meal in enumerate(meals):
        for c, choice in enumerate(meal.choices):
            used = [n + i for i, cell in enumerate(cells) if cell[:2] == (m, c)]
            rows.add(rows.row(used), 1.0 if choice.required else 0.0, 1.0)
    # Each food at most once a day, or once a meal with `repeats`.
    groups = [(m if repeats else 0, food.food.id) for m, _, food, _ in cells]
    for group in sorted(set(groups)):
        used = [n + i for i, key in enumerate(groups) if key == group]
        if len(used) > 1:
            rows.add(rows.row(used), 0.0, 1.0)
    for k, field in enumerate(MACRO_FIELDS):
        share = rows.row(range(n), per_gram[:, k] / max(getattr(target, field), 1e-6))
        if hard:
            band = TOLERANCE[field] * _BAND_MARGIN
            rows.add(share, 1.0 - band, 1.0 + band)
        rows.add_deviation(share, dev0 + k, 1.0)
    for m, meal in enumerate(meals):
        in_meal = [i for i, cell in enumerate(cells) if cell[0] == m]
        share = rows.row(in_meal, per_gram[in_meal, 0] / max(target.kcal, 1e-6))
        low, high = SHARE_RANGE
        rows.add(share, low * meal.kcal_share, high * meal.kcal_share)
        # Few enough foods that every plan can be written as a draft.
        rows.add(rows.row([n + i for i in in_meal]), 0.0, MAX_FOODS_PER_MEAL)

    cost = np.concatenate(
        [
            np.zeros(n),
            [_PREFERENCE_WEIGHT * cell[3] for cell in cells],
            np.ones(n_macros),
        ]
    )
    integrality = np.concatenate([np.zeros(n), np.ones(n), np.zeros(n_macros)])
    var_upper = np.concatenate(
        [[cell[2].max_g for cell in cells], np.ones(n), np.full(n_macros, np.inf)]
    )
    x = rows.solve(cost, integrality=integrality, upper=var_upper, node_limit=_NODE_LIMIT, gap=gap)
    if x is None:
        return None
    portions: Portions = [[] for _ in meals]
    for i, (m, _, food, _) in enumerate(cells):
        if x[n + i] > 0.5:
            grams = min(max(float(round(x[i])), food.min_g), food.max_g)
            portions[m].append((food, grams))
    return portions
