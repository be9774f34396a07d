"""What the generator can write: hand-written sets prove none of their sentences came from it."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from catalogs.store import load_catalog
from training.sft_data.examples import DatasetSpec, build_reading_splits
from training.sft_data.notes import PhrasingPool, split_phrasings

ROOT = Path(__file__).resolve().parents[3]
WRITTEN_PROFILES = 3000
"""Profiles whose notes are written out: the sentences composed at random (kit lists, negatives,
two statements fused, typing slips) cannot be listed, only sampled."""


def normal(sentence: str) -> str:
    """Case, punctuation and spacing do not make a sentence new."""
    return " ".join(re.sub(r"[^\w\s']", " ", sentence.lower()).split())


@cache
def training_sentences() -> frozenset[str]:
    """Every phrasing and composed frame of both pools (the split only partitions them), each
    side filled in, and every sentence of the notes of `WRITTEN_PROFILES` generated users."""
    pools = split_phrasings(seed=0)
    listed = {
        normal(phrasing.replace("{side}", side))
        for pool in PhrasingPool
        for phrasings in pools.pool(pool).values()
        for phrasing in phrasings
        for side in ("left", "right")
    }
    catalog = load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))))
    spec = DatasetSpec(profiles=3, seed=0, reading_profiles=WRITTEN_PROFILES)
    splits = build_reading_splits(catalog, spec)
    written = {normal(str(row["notes"])) for rows in splits.values() for row in rows}
    return frozenset(listed | written)
