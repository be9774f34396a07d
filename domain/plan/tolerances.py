"""How far a day's intake may stray from its target: the bands the solver and the checker share."""

from __future__ import annotations

from typing import Final

from domain.plan.schemas import Macros

MACRO_FIELDS: Final = ("kcal", "protein_g", "carbs_g", "fat_g")
TOLERANCE: Final[dict[str, float]] = {
    "kcal": 0.03,
    "protein_g": 0.05,
    "carbs_g": 0.10,
    "fat_g": 0.10,
}


def relative_error(value: float, target: float) -> float:
    """Signed relative deviation of `value` from `target` (0 when the target is 0 and met)."""
    if target == 0:
        return 0.0 if value == 0 else float("inf")
    return (value - target) / target


def out_of_band(totals: Macros, target: Macros) -> list[str]:
    """The macro fields of `totals` outside their tolerance band around `target`."""
    return [
        field
        for field in MACRO_FIELDS
        if abs(relative_error(getattr(totals, field), getattr(target, field))) > TOLERANCE[field]
    ]
