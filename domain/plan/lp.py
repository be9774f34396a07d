"""A tiny row builder and solver call for the planner's mixed-integer programs (scipy `milp`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

# Stop at a solution proven within about 0.1 of the optimal objective (for meals: 10 points of
# relative macro deviation summed over four macros): every feasible solution already meets the
# hard tolerance bands, and proving the last points costs most of the solve time (p95 per day
# several times longer at 0.02 on the real catalog).
MIP_GAP: Final = 0.1

# Work limits are branch-and-bound nodes, not seconds, so a plan depends only on its inputs and
# seed, never on machine load (a time limit made the same profile feasible on a quiet machine and
# infeasible on a busy one). On the real catalog the solves need at most ~10 nodes; the wall-clock
# limit is only a safety net far above any normal solve.
_SAFETY_TIME_LIMIT_S: Final = 30.0


class Rows:
    """Collects `lo <= row . x <= hi` constraints over a fixed number of variables."""

    def __init__(self, n_vars: int) -> None:
        self.n_vars = n_vars
        self._rows: list[np.ndarray] = []
        self._lower: list[float] = []
        self._upper: list[float] = []

    def row(
        self, columns: Sequence[int] = (), values: float | Sequence[float] | np.ndarray = 1.0
    ) -> np.ndarray:
        """A zero row with `values` at `columns`."""
        row = np.zeros(self.n_vars)
        row[list(columns)] = values
        return row

    def add(self, row: np.ndarray, lo: float, hi: float) -> None:
        self._rows.append(row)
        self._lower.append(lo)
        self._upper.append(hi)

    def add_link(self, amount: int, used: int, low: float, high: float) -> None:
        """Semi-continuous bound: `amount` is 0 when `used` is 0, else within [low, high]."""
        self.add(self.row([amount, used], [1.0, -low]), 0.0, np.inf)
        self.add(self.row([amount, used], [1.0, -high]), -np.inf, 0.0)

    def add_deviation(self, row: np.ndarray, column: int, goal: float) -> None:
        """Bound |row . x - goal| by the (non-negative, minimised) variable at `column`."""
        over = row.copy()
        over[column] = -1.0
        self.add(over, -np.inf, goal)
        under = -row
        under[column] = -1.0
        self.add(under, -np.inf, -goal)

    def solve(
        self,
        cost: np.ndarray,
        *,
        integrality: np.ndarray,
        upper: np.ndarray,
        node_limit: int,
        gap: float = MIP_GAP,
    ) -> np.ndarray | None:
        """Minimise `cost . x` over 0 <= x <= upper and the rows; None when infeasible.

        HiGHS only offers a relative gap, which never closes when the optimum is near zero (a
        day that hits its targets exactly). A constant 1 added to the objective (a variable
        fixed at 1) makes the relative gap act as an absolute one near zero.
        """
        n = self.n_vars
        matrix = np.hstack([np.array(self._rows), np.zeros((len(self._rows), 1))])
        result = milp(
            np.append(cost, 1.0),
            constraints=LinearConstraint(matrix, self._lower, self._upper),
            integrality=np.append(integrality, 0),
            bounds=Bounds(np.append(np.zeros(n), 1.0), np.append(upper, 1.0)),
            options={
                "node_limit": node_limit,
                "time_limit": _SAFETY_TIME_LIMIT_S,
                "mip_rel_gap": gap,
            },
        )
        return None if result.x is None else np.asarray(result.x[:n])
