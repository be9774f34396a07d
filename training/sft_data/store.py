"""Content-addressed storage of datasets (SFT examples, preference pairs): a consumer reads exactly
what was built.

A dataset lives in `<root>/<hash[:16]>/` (`datasets.DatasetDict.save_to_disk`). Loading checks
the rows against the recorded hash and fails on any difference instead of training on it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from datasets import Dataset, DatasetDict, load_from_disk
from pydantic import BaseModel, ConfigDict

from training.sft_data.hashing import Row, content_hash

SPLITS = ("train", "validation", "test")


class DatasetArtifact(BaseModel):
    """Where a saved dataset is and what it holds; the record downstream assets consume."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    content_hash: str
    rows: dict[str, int]
    prompt_format_version: str


SftDatasetArtifact = DatasetArtifact
"""The SFT dataset's record (train / validation / test)."""


class DatasetHashMismatch(Exception):
    """The rows on disk are not the rows the artefact was recorded with."""


def save_splits(
    splits: Mapping[str, Sequence[Row]],
    *,
    root: Path,
    prompt_format_version: str,
    names: Sequence[str] = SPLITS,
) -> DatasetArtifact:
    """Save rows as a DatasetDict under their content hash; an existing copy is reused.

    Args:
        splits: Rows of each split.
        root: Folder that holds one sub-folder per dataset hash.
        prompt_format_version: `domain.prompt.PROMPT_FORMAT_VERSION` the rows were rendered with.
        names: The splits there must be (the SFT dataset's `SPLITS` by default).

    Returns:
        The artefact record.

    Raises:
        ValueError: If the splits are not exactly `names`.
    """
    if set(splits) != set(names):
        raise ValueError(f"splits must be {tuple(names)}, got {sorted(splits)}")
    digest = content_hash(splits)
    target = root / digest[:16]
    if not target.exists():
        root.mkdir(parents=True, exist_ok=True)
        # Write aside, then rename: a crash never leaves a half-written folder under the hash.
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
        try:
            dataset = DatasetDict({name: Dataset.from_list(list(splits[name])) for name in names})
            dataset.save_to_disk(str(staging))
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return DatasetArtifact(
        path=str(target),
        content_hash=digest,
        rows={name: len(splits[name]) for name in names},
        prompt_format_version=prompt_format_version,
    )


def load_splits(artifact: DatasetArtifact) -> DatasetDict:
    """Load a saved dataset and verify it is the one the artefact describes.

    Args:
        artifact: The record `save_splits` returned.

    Returns:
        The DatasetDict with the splits the record counts.

    Raises:
        DatasetHashMismatch: If the rows on disk do not hash to `artifact.content_hash`.
    """
    dataset = load_from_disk(artifact.path)
    found = content_hash({name: dataset[name].to_list() for name in artifact.rows})
    if found != artifact.content_hash:
        raise DatasetHashMismatch(
            f"{artifact.path} holds rows hashing to {found}, expected {artifact.content_hash}"
        )
    return dataset
