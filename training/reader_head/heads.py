"""Fit the reading heads on frozen sentence embeddings, and pick each flag's threshold.

The heads are logistic regressions, one per flag (diets included), fitted together by full-batch
AdamW: a few thousand rows of 384 numbers fit in well under a second per
hundred steps. Thresholds are picked on rows the heads never saw.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from numpy.typing import NDArray

from domain.plan.reading import NotesReading
from domain.plan.reading_head import FLAGS, ReadingHead, reading_labels

THRESHOLD_GRID = tuple(round(0.05 * step, 2) for step in range(1, 20))
"""Candidate thresholds, 0.05 to 0.95."""


def fit_head(
    embeddings: NDArray[np.float32],
    targets: Sequence[NotesReading],
    *,
    steps: int,
    learning_rate: float,
    weight_decay: float,
    seed: int,
) -> ReadingHead:
    """Fit every head at once (binary cross-entropy); thresholds 0.5.

    Args:
        embeddings: `(n, dim)` unit sentence embeddings.
        targets: The reading each sentence states.
        steps: Full-batch optimiser steps.
        learning_rate: AdamW's step size.
        weight_decay: AdamW's decoupled weight decay (the only regulariser).
        seed: Seed of the initial weights.

    Returns:
        The fitted head.

    Raises:
        ValueError: If there are no rows, or not one target per embedding.
    """
    if len(embeddings) == 0 or len(embeddings) != len(targets):
        raise ValueError(f"need one target per embedding, got {len(embeddings)}/{len(targets)}")
    x = torch.from_numpy(np.ascontiguousarray(embeddings, dtype=np.float32))
    flags = torch.tensor([reading_labels(target) for target in targets], dtype=torch.float32)
    generator = torch.Generator().manual_seed(seed)
    flag_layer = _linear(x.shape[1], len(FLAGS), generator)
    optimiser = torch.optim.AdamW(
        flag_layer.parameters(), lr=learning_rate, weight_decay=weight_decay
    )
    for _ in range(steps):
        optimiser.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(flag_layer(x), flags)
        loss.backward()  # type: ignore[no-untyped-call]
        optimiser.step()
    return ReadingHead(
        flag_weight=_rows(flag_layer.weight),
        flag_bias=tuple(flag_layer.bias.tolist()),
        flag_threshold=(0.5,) * len(FLAGS),
    )


def choose_thresholds(
    head: ReadingHead, embeddings: NDArray[np.float32], targets: Sequence[NotesReading]
) -> ReadingHead:
    """`head` with each flag's threshold set to the fewest errors on these (validation) rows.

    Among equally good thresholds the middle one is kept, the widest margin on both sides; a
    flag whose errors the grid cannot change (no rows state it, and none come near) keeps 0.5.

    Args:
        head: Fitted heads.
        embeddings: `(n, dim)` embeddings of rows the heads were not fitted on.
        targets: Their readings.

    Returns:
        A copy of `head` with new `flag_threshold`s.
    """
    probabilities = head.probabilities(embeddings)
    truth = np.asarray([reading_labels(target) for target in targets], dtype=bool)
    grid = np.asarray(THRESHOLD_GRID)
    # errors[t, f]: rows that threshold t gets wrong on flag f.
    errors = ((probabilities[None, :, :] >= grid[:, None, None]) != truth[None]).sum(axis=1)
    thresholds = []
    for column in errors.T:
        best = np.flatnonzero(column == column.min())
        thresholds.append(0.5 if len(best) == len(grid) else float(grid[best[len(best) // 2]]))
    return head.model_copy(update={"flag_threshold": tuple(thresholds)})


def _linear(inputs: int, outputs: int, generator: torch.Generator) -> torch.nn.Linear:
    layer = torch.nn.Linear(inputs, outputs)
    with torch.no_grad():
        layer.weight.normal_(std=0.01, generator=generator)
        layer.bias.zero_()
    return layer


def _rows(weight: torch.Tensor) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(row) for row in weight.detach().tolist())
