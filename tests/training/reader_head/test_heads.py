"""Fitting the heads learns what the embeddings separate; thresholds follow the rows given."""

from __future__ import annotations

import numpy as np
import pytest

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.plan.reading_head import FLAGS, ReadingHead
from domain.profile import Allergen, Diet
from tests.utils.reading_head import keyword_embed, keyword_head
from training.reader_head.heads import choose_thresholds, fit_head

MILK = NotesReading(allergies=frozenset({Allergen.milk}))
VEGAN = NotesReading(diets=frozenset({Diet.vegan}))


def separable(n: int, seed: int) -> tuple[np.ndarray, list[NotesReading]]:
    """Gaussian points: milk where x0 > 0, vegan where x1 > 0, one or neither otherwise."""
    points = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    targets = [
        NotesReading(
            allergies=MILK.allergies if x0 > 0 else frozenset(),
            diets=VEGAN.diets if x1 > 0 else frozenset(),
        )
        for x0, x1 in points[:, :2]
    ]
    return points, targets


def test_fitting_learns_a_separable_flag_and_diet() -> None:
    points, targets = separable(300, seed=0)
    head = fit_head(points, targets, steps=100, learning_rate=0.2, weight_decay=0.0, seed=0)
    fresh, truth = separable(200, seed=1)
    read = head.read(fresh)
    assert sum(r.allergies == t.allergies for r, t in zip(read, truth, strict=True)) >= 190
    assert sum(r.diets == t.diets for r, t in zip(read, truth, strict=True)) >= 190
    assert not any(r.equipment or r.injuries for r in read)


def test_fitting_is_seeded() -> None:
    points, targets = separable(50, seed=0)

    def fit(seed: int) -> ReadingHead:
        return fit_head(points, targets, steps=5, learning_rate=0.1, weight_decay=0.0, seed=seed)

    assert fit(3) == fit(3)
    assert fit(3) != fit(4)


def test_fitting_needs_one_target_per_embedding() -> None:
    with pytest.raises(ValueError, match="one target per embedding"):
        fit_head(
            np.zeros((2, 4), dtype=np.float32),
            [MILK],
            steps=1,
            learning_rate=0.1,
            weight_decay=0.0,
            seed=0,
        )


def test_thresholds_sit_in_the_middle_of_what_the_rows_allow() -> None:
    head = keyword_head()
    milk = FLAGS.index(("allergies", Allergen.milk))
    # Milk's probability is ~1 where "milk" appears, ~0 elsewhere: every threshold from 0.05
    # to 0.95 is right on these rows, so the middle one (0.5) is kept; so for untouched flags.
    tuned = choose_thresholds(head, keyword_embed(["milk", "tea"]), [MILK, NOTHING_READ])
    assert tuned.flag_threshold == (0.5,) * len(FLAGS)
    # Scaled down, milk's evidence gives probability sigmoid(0.6 * 20 - 10) = 0.88 and a near
    # miss sigmoid(0.45 * 20 - 10) = 0.27: thresholds 0.3 to 0.85 separate them; middle: 0.6.
    embeddings = keyword_embed(["milk", "milk"]) * np.asarray([[0.6], [0.45]], dtype=np.float32)
    tuned = choose_thresholds(head, embeddings, [MILK, NOTHING_READ])
    assert tuned.flag_threshold[milk] == pytest.approx(0.6)
    # The same probabilities with the other answers move the threshold: it follows the rows.
    tuned = choose_thresholds(head, embeddings, [MILK, MILK])
    assert tuned.flag_threshold[milk] == pytest.approx(0.15)
    assert tuned.flag_weight == head.flag_weight
