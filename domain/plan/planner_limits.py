"""Structural limits of a plan, shared by the reference planner and the draft's JSON schema."""

from __future__ import annotations

from typing import Final

MENUS_PER_KIND: Final = 2
"""Distinct day templates per day kind (training, rest) that the week rotates through."""
MAX_EXERCISES_PER_SESSION: Final = 8
MIN_MEALS_PER_DAY: Final = 3
MAX_MEALS_PER_DAY: Final = 5
