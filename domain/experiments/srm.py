"""Sample-ratio mismatch: do the users per variant fit the split the experiment intended?

A split that drifts from its weights (a routing bug, users lost in one arm, bots) biases every
comparison, so the report checks it first. Pearson's χ² goodness-of-fit test, as gbstats 0.8.0's
`utils.check_srm`: variants with zero weight add no term but keep their degree of freedom.
GrowthBook flags a mismatch below p = 0.001.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from scipy.stats import chi2

SRM_THRESHOLD: Final = 0.001


def srm_p_value(users: Sequence[int], weights: Sequence[float]) -> float:
    """p-value of the users per variant under the intended weights.

    Args:
        users: Users per variant.
        weights: Intended share per variant, same order (need not sum to 1).

    Returns:
        The χ² test's p-value (1 without users).

    Raises:
        ValueError: If the sequences differ in length.
    """
    if len(users) != len(weights):
        raise ValueError(f"{len(users)} variants observed but {len(weights)} weights given")
    total = sum(users)
    if not total:
        return 1.0
    total_weight = sum(weights)
    statistic = 0.0
    for observed, weight in zip(users, weights, strict=True):
        if weight <= 0:
            continue
        expected = weight / total_weight * total
        statistic += (observed - expected) ** 2 / expected
    return float(chi2.sf(statistic, len(users) - 1))
