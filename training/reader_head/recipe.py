"""Train the dedicated notes reader: embed, fit the heads, pick thresholds, export for serving.

The rows are the SFT dataset's `read` rows, built in-process with the same generator and seed as
the `sft_dataset` asset (`build_reading_splits`): the heads learn from the `train` split and
their thresholds are picked on `validation` (other profiles, the training phrasings); `test`
(held-out phrasings) is left to `evaluation.reader_comparison`. After the heads' fit on the frozen
encoder, `encoder_epochs` of fine-tuning train both together (`fine_tune`), and the thresholds are
picked again.

    python -m training.reader_head.recipe --output-dir var/reader_head
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, get_type_hints

import numpy as np
from numpy.typing import NDArray

from catalogs.store import load_catalog
from domain.plan.reading import NotesReading
from domain.plan.reading_head import HEAD_FILE, Embed, ReadingHead
from domain.prompt import parse_reading
from training.reader_head.config import (
    MANIFEST_FILE,
    ReaderHeadConfig,
    ReaderManifest,
    rows_hash,
)
from training.reader_head.encoder import SentenceEncoder
from training.reader_head.fine_tune import FineTuning, fine_tune
from training.reader_head.heads import choose_thresholds, fit_head
from training.sft_data.examples import build_reading_splits

logger = logging.getLogger(__name__)


def sentences_and_targets(
    rows: Sequence[Mapping[str, Any]],
) -> tuple[list[str], list[NotesReading]]:
    """The sentence each `read` row shows and the reading its completion states."""
    return (
        [str(row["notes"]) for row in rows],
        [parse_reading(row["completion"][0]["content"]) for row in rows],
    )


def sentence_exact_rate(
    head: ReadingHead, embeddings: NDArray[np.float32], targets: Sequence[NotesReading]
) -> float:
    """Share of sentences whose reading is exactly their target."""
    read = head.read(embeddings)
    return sum(r == t for r, t in zip(read, targets, strict=True)) / len(targets)


@dataclass(frozen=True)
class FittedReader:
    """Heads with their thresholds, and how they read the validation sentences."""

    head: ReadingHead
    validation: dict[str, float]


def fit_reader(
    embed: Embed, splits: Mapping[str, Sequence[Mapping[str, Any]]], config: ReaderHeadConfig
) -> FittedReader:
    """Fit the heads on the `train` rows, then pick thresholds on the `validation` rows.

    Args:
        embed: The sentence encoder.
        splits: `read` rows per split; `test` is never looked at.
        config: Optimiser settings and seed.

    Returns:
        The tuned heads; `validation` holds sentence-level exact rates before and after tuning.
    """
    sentences, targets = sentences_and_targets(splits["train"])
    head = fit_head(
        embed(sentences),
        targets,
        steps=config.steps,
        learning_rate=config.learning_rate,
        weight_decay=config.weight_decay,
        seed=config.seed,
    )
    return tuned_on_validation(head, embed, splits["validation"])


def tuned_on_validation(
    head: ReadingHead, embed: Embed, validation: Sequence[Mapping[str, Any]]
) -> FittedReader:
    """`head` with thresholds picked on the validation rows, and its exact rates there."""
    sentences, targets = sentences_and_targets(validation)
    embeddings = embed(sentences)
    tuned = choose_thresholds(head, embeddings, targets)
    return FittedReader(
        tuned,
        {
            "sentence_exact_at_0.5": sentence_exact_rate(head, embeddings, targets),
            "sentence_exact_tuned": sentence_exact_rate(tuned, embeddings, targets),
        },
    )


def fine_tuned_reader(
    encoder: SentenceEncoder,
    head: ReadingHead,
    splits: Mapping[str, Sequence[Mapping[str, Any]]],
    config: ReaderHeadConfig,
    *,
    log: logging.Logger = logger,
) -> FittedReader:
    """Fine-tune `encoder` (in place) and `head` on the `train` rows, then pick thresholds anew."""
    sentences, targets = sentences_and_targets(splits["train"])
    settings = FineTuning(epochs=config.encoder_epochs, seed=config.seed)
    trained = fine_tune(encoder, head, sentences, targets, settings, log=log)
    return tuned_on_validation(trained, encoder.embed, splits["validation"])


def train_reader(config: ReaderHeadConfig, *, log: logging.Logger = logger) -> ReaderManifest:
    """Fit the heads and write the reader folder (`ENCODER_FILE`, tokenizer, `HEAD_FILE`,
    `MANIFEST_FILE`) to `config.output_dir`.

    Args:
        config: The run's settings.
        log: Receives the progress lines (e.g. Dagster's `context.log`).

    Returns:
        The manifest written.
    """
    start = time.perf_counter()
    spec = config.dataset_spec()
    rows = build_reading_splits(load_catalog(config.data_dir), spec)
    log.info("read rows: %s", {split: len(split_rows) for split, split_rows in rows.items()})
    encoder = SentenceEncoder(config.encoder_dir)
    fitted = fit_reader(encoder.embed, rows, config)
    log.info("heads fitted on the frozen encoder, validation: %s", fitted.validation)
    if config.encoder_epochs:
        fitted = fine_tuned_reader(encoder, fitted.head, rows, config, log=log)
        log.info("encoder fine-tuned, validation: %s", fitted.validation)
    encoder.export(config.output_dir)
    (config.output_dir / HEAD_FILE).write_text(fitted.head.model_dump_json(), encoding="utf-8")
    manifest = ReaderManifest(
        dataset=asdict(spec),
        rows_hash=rows_hash(rows),
        config={key: str(value) for key, value in asdict(config).items()},
        validation=fitted.validation,
        seconds=time.perf_counter() - start,
    )
    (config.output_dir / MANIFEST_FILE).write_text(manifest.model_dump_json(indent=2), "utf-8")
    return manifest


def main(argv: list[str] | None = None) -> None:
    """CLI: train the reader into `--output-dir`; one option per `ReaderHeadConfig` field."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    types = get_type_hints(ReaderHeadConfig)
    for setting in fields(ReaderHeadConfig):
        required = setting.name == "output_dir"
        parser.add_argument(
            f"--{setting.name.replace('_', '-')}", type=types[setting.name], required=required
        )
    given = {
        name: value for name, value in vars(parser.parse_args(argv)).items() if value is not None
    }
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    manifest = train_reader(ReaderHeadConfig(**given))
    print(manifest.model_dump_json(indent=2))  # noqa: T201


if __name__ == "__main__":
    main()
