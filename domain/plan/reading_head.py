"""A dedicated reader's last layer: linear heads on a sentence embedding, read into a reading.

An alternative to reading notes with the LLM (`domain.plan.reading`): a sentence-embedding model
encodes each sentence, and one independent sigmoid per member of every set (diets included: a
sentence may state two) decides that flag. Training (`training.reader_head`)
fits the heads and writes them with the encoder; serving reads them back without torch. Both
sides meet here, as they do over the prompt format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from functools import cached_property
from typing import Any, Final, Self

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field, model_validator

from domain.plan.reading import READING_SETS, NotesReading

FLAGS: Final[tuple[tuple[str, StrEnum], ...]] = tuple(
    (topic, member) for topic, vocabulary in READING_SETS.items() for member in vocabulary
)
"""One sigmoid head per (set, member), in wire order."""

ENCODER_FILE: Final = "encoder.onnx"
"""The sentence encoder in a reader's folder: token ids and mask in, unit embeddings out."""
HEAD_FILE: Final = "head.json"
"""The `ReadingHead` in a reader's folder, beside the encoder and its tokenizer."""

REGISTERED_READER: Final = "nexfitra-notes-reader"
"""The MLflow registered model a promoted reader is a version of; serving reads `@champion`."""
READER_ARTEFACT: Final = "reader"
"""Inside a version's run: the reader folder (encoder, tokenizer, head, training manifest)."""

Matrix = tuple[tuple[float, ...], ...]
Embed = Callable[[Sequence[str]], NDArray[np.float32]]
"""A sentence encoder: sentences in, unit embeddings `(n, dim)` out."""


def reading_labels(reading: NotesReading) -> list[bool]:
    """What the heads should answer for `reading`: one flag per `FLAGS`."""
    return [member in getattr(reading, topic) for topic, member in FLAGS]


def reading_from_labels(flags: Sequence[bool]) -> NotesReading:
    """The reading the heads' answers stand for (the inverse of `reading_labels`)."""
    chosen: dict[str, set[StrEnum]] = {topic: set() for topic in READING_SETS}
    for (topic, member), flag in zip(FLAGS, flags, strict=True):
        if flag:
            chosen[topic].add(member)
    return NotesReading.model_validate(chosen)


class ReadingHead(BaseModel):
    """Linear heads over unit sentence embeddings of one size; thresholds per flag."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    flag_weight: Matrix = Field(min_length=len(FLAGS), max_length=len(FLAGS))
    """One row per `FLAGS` entry, one column per embedding dimension."""
    flag_bias: tuple[float, ...] = Field(min_length=len(FLAGS), max_length=len(FLAGS))
    flag_threshold: tuple[float, ...] = Field(min_length=len(FLAGS), max_length=len(FLAGS))
    """A flag is set when its probability reaches its threshold (chosen on validation rows)."""

    @model_validator(mode="after")
    def _one_embedding_size(self) -> Self:
        sizes = {len(row) for row in self.flag_weight}
        if len(sizes) != 1:
            raise ValueError(f"every weight row must have the embedding's size, got {sizes}")
        return self

    @property
    def dim(self) -> int:
        return len(self.flag_weight[0])

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy that rebuilds its weight arrays from its own fields: pydantic copies the
        instance's `__dict__`, cached arrays included, which new weights would leave stale."""
        copy = super().model_copy(update=update, deep=deep)
        copy.__dict__.pop("_arrays", None)
        return copy

    @cached_property
    def _arrays(self) -> tuple[NDArray[np.float32], ...]:
        return tuple(
            np.asarray(values, dtype=np.float32) for values in (self.flag_weight, self.flag_bias)
        )

    def probabilities(self, embeddings: NDArray[np.float32]) -> NDArray[np.float32]:
        """Flag probabilities `(n, len(FLAGS))`.

        Raises:
            ValueError: If the embeddings are not `(n, dim)`.
        """
        if embeddings.ndim != 2 or embeddings.shape[1] != self.dim:
            raise ValueError(f"embeddings must be (n, {self.dim}), got {embeddings.shape}")
        flag_weight, flag_bias = self._arrays
        flags: NDArray[np.float32] = 1.0 / (1.0 + np.exp(-(embeddings @ flag_weight.T + flag_bias)))
        return flags

    def read(self, embeddings: NDArray[np.float32]) -> list[NotesReading]:
        """One reading per embedded sentence: the flags over their thresholds."""
        over = self.probabilities(embeddings) >= np.asarray(self.flag_threshold, dtype=np.float32)
        return [reading_from_labels(row.tolist()) for row in over]
