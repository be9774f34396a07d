"""What the generator can write: hand-written sets prove none of their sentences came from it."""

from __future__ import annotations

import re
from functools import cache

from training.sft_data.notes import PhrasingPool, split_phrasings


def normal(sentence: str) -> str:
    """Case, punctuation and spacing do not make a sentence new."""
    return " ".join(re.sub(r"[^\w\s']", " ", sentence.lower()).split())


@cache
def training_sentences() -> frozenset[str]:
    """Every sentence the generator can write: hand-written phrasings and composed frames of
    both pools (the split only partitions them), each side filled in."""
    pools = split_phrasings(seed=0)
    return frozenset(
        normal(phrasing.replace("{side}", side))
        for pool in PhrasingPool
        for phrasings in pools.pool(pool).values()
        for phrasing in phrasings
        for side in ("left", "right")
    )
