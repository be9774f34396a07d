"""SFT rows with `rejected_completion`, built by hand until the generator writes them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from training.dpo_data import REJECTED


def with_rejected(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with the next row's completion as its rejected draft (a distinct one)."""
    return [
        {**row, REJECTED: rows[(index + 1) % len(rows)]["completion"]}
        for index, row in enumerate(rows)
    ]
