from __future__ import annotations

import random

import pytest

from domain.catalog import Catalog
from domain.profile import BodyArea, Diet
from training.sft_data.notes import (
    FILLER_KEY,
    PhrasingPool,
    PhrasingSplit,
    split_phrasings,
    write_notes,
)
from training.sft_data.phrasings import DIET_PHRASINGS, INJURY_PHRASINGS
from training.sft_data.profiles import NoteTopic, SyntheticProfile, generate_profiles


def _variants(phrasings: tuple[str, ...]) -> set[str]:
    return {p.format(side=side) for p in phrasings for side in ("left", "right")}


def _pool_sentences(split: PhrasingSplit, pool: PhrasingPool) -> set[str]:
    return set().union(*(_variants(p) for p in split.pool(pool).values()))


def test_pools_partition_every_key_disjointly() -> None:
    split = split_phrasings(seed=11)
    train, test = split.pool(PhrasingPool.train), split.pool(PhrasingPool.test)
    assert train.keys() == test.keys()
    assert ("injuries", "knee") in train and FILLER_KEY in train
    for key in train:
        assert train[key] and test[key], key
        assert not set(train[key]) & set(test[key]), key
    assert set(train[("injuries", "knee")]) | set(test[("injuries", "knee")]) == set(
        INJURY_PHRASINGS[BodyArea.knee]
    )


def test_partition_is_seeded() -> None:
    assert split_phrasings(seed=5) == split_phrasings(seed=5)
    assert split_phrasings(seed=5) != split_phrasings(seed=6)


@pytest.mark.parametrize("fraction", [0.0, 1.0])
def test_fraction_must_leave_both_pools(fraction: float) -> None:
    with pytest.raises(ValueError, match="test_fraction"):
        split_phrasings(seed=0, test_fraction=fraction)


@pytest.fixture(scope="module")
def profiles(small_catalog: Catalog) -> list[SyntheticProfile]:
    return generate_profiles(small_catalog, count=400, seed=2)


def _consume(notes: str, sentences: set[str]) -> str:
    """What is left of `notes` after removing every known sentence, longest first."""
    for sentence in sorted(sentences, key=len, reverse=True):
        notes = notes.replace(sentence, "")
    return notes.strip()


def test_test_notes_use_only_held_out_phrasings(profiles: list[SyntheticProfile]) -> None:
    split = split_phrasings(seed=2)
    test_sentences = _pool_sentences(split, PhrasingPool.test)
    train_sentences = _pool_sentences(split, PhrasingPool.train)
    rng = random.Random(0)
    written = [write_notes(p, split.pool(PhrasingPool.test), rng) for p in profiles]
    assert sum(bool(notes) for notes in written) > len(profiles) / 2
    for notes in written:
        assert _consume(notes, test_sentences) == "", notes
        assert not any(sentence in notes for sentence in train_sentences - test_sentences)


def test_notes_state_exactly_the_notes_only_constraints(profiles: list[SyntheticProfile]) -> None:
    split = split_phrasings(seed=2)
    pool = split.pool(PhrasingPool.train)
    for profile in profiles:
        notes = write_notes(profile, pool, random.Random(profile.id))
        for area in BodyArea:
            stated = any(s in notes for s in _variants(pool[("injuries", str(area))]))
            wanted = NoteTopic.injuries in profile.notes_only and area in profile.injuries
            assert stated == wanted, (profile.id, area, notes)


def test_pescatarian_in_words(profiles: list[SyntheticProfile]) -> None:
    profile = profiles[0].model_copy(
        update={"diet": Diet.pescatarian, "notes_only": frozenset({NoteTopic.diet})}
    )
    notes = write_notes(profile, split_phrasings(seed=0).pool(PhrasingPool.train), random.Random(1))
    assert any(phrasing in notes for phrasing in DIET_PHRASINGS[Diet.pescatarian])
