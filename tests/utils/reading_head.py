"""A reading head that can be checked by eye: one embedding dimension per keyword.

`keyword_embed` puts a 1 in a keyword's dimension when the sentence names it; `keyword_head`
turns each dimension into its flag with weights far from any threshold. Readers, the
comparison and threshold picking can then be tested without an encoder. `train_tiny_reader`
runs the whole recipe on a tiny random encoder, for the export and the CLIs.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Final

import numpy as np
from numpy.typing import NDArray

from domain.plan.reading_head import FLAGS, ReadingHead
from domain.profile import Allergen, BodyArea, Diet, Equipment

KEYWORDS: Final[dict[str, tuple[str, StrEnum]]] = {
    "milk": ("allergies", Allergen.milk),
    "knee": ("injuries", BodyArea.knee),
    "dumbbells": ("equipment", Equipment.dumbbell),
    "vegan": ("diets", Diet.vegan),
    "pescatarian": ("diets", Diet.pescatarian),
}
"""Keyword to the flag it sets, in embedding-dimension order."""


def keyword_embed(sentences: Sequence[str]) -> NDArray[np.float32]:
    """`(n, len(KEYWORDS))`: 1 where the (lower-cased) sentence contains the keyword."""
    return np.asarray(
        [[float(word in sentence.lower()) for word in KEYWORDS] for sentence in sentences],
        dtype=np.float32,
    ).reshape(len(sentences), len(KEYWORDS))


def keyword_head(threshold: float = 0.5) -> ReadingHead:
    """Flags at probability ~1 when their keyword appears and ~0 otherwise."""
    flag_weight = np.zeros((len(FLAGS), len(KEYWORDS)))
    for dimension, meaning in enumerate(KEYWORDS.values()):
        flag_weight[FLAGS.index(meaning), dimension] = 20.0
    return ReadingHead(
        flag_weight=tuple(map(tuple, flag_weight.tolist())),
        flag_bias=(-10.0,) * len(FLAGS),
        flag_threshold=(threshold,) * len(FLAGS),
    )
