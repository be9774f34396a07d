"""Evaluate one dedicated notes reader folder and log it as one MLflow run, ready to register.

The reader reads the held-out generated notes of its own dataset (the `test` rows, rebuilt from
its training manifest) and every hand-written note; the metrics carry the names of the LLM's
reading metrics (`evaluation.specs.READING_SPECS`, hand-written ones under `HAND_PREFIX`), so one
gate and one report read both. The held-out hand-written notes are read too and reported under
`HOLDOUT_PREFIX`, which no gate reads (`evaluation/handwritten/README.md`). Serving reads with
the rule guards under the reader (`domain.plan.notes_guard`), so every set is also scored as
served, under `SERVED_PREFIX`; the gate reads the reader's own reading. The run holds the
folder itself under `READER_ARTEFACT`: the registry's version points there and serving downloads
it from there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from mlflow import MlflowClient

from domain.catalog import Catalog
from domain.plan.notes_guard import guarded
from domain.plan.reading import NotesReading
from domain.plan.reading_head import READER_ARTEFACT
from evaluation.examples import ReadingExample, reading_examples_from_rows
from evaluation.handwritten import breakdown_table, group_results, load_hand_notes
from evaluation.handwritten.loader import HOLDOUT_FILE
from evaluation.metrics.reading import HAND_PREFIX
from evaluation.reader_comparison import read_all, summarise, training_rows
from serving.engine.head_reader import HeadNotesReader
from training.reader_head.config import ReaderManifest
from training.tracking import RunTracker, ensure_experiment

NAME: Final = "notes-reader"
"""The reader's label in reading results."""
HOLDOUT_PREFIX: Final = "holdout_"
"""Metrics on the held-out hand-written notes: reported beside the others, never gated."""
SERVED_PREFIX: Final = "served_"
"""Metrics of the reading serving enforces: the reader's, tightened by the rule guards."""
HAND_TAGS_FILE: Final = "hand_reading_tags.md"
METRICS_FILE: Final = "reading.md"


@dataclass(frozen=True)
class ReaderEvaluation:
    """What one reader folder read.

    Attributes:
        metrics: `summarise`'s metrics on the test notes, under `HAND_PREFIX` on the
            hand-written ones and under `HOLDOUT_PREFIX` on the held-out hand-written ones;
            each again under `SERVED_PREFIX` for the reading as served.
        hand_tags: Markdown table of the hand-written notes per tag, with Wilson intervals.
    """

    metrics: dict[str, float]
    hand_tags: str


def evaluate_reader(
    reader_dir: Path, catalog: Catalog, *, threads: int | None = None
) -> ReaderEvaluation:
    """Read the reader's held-out test notes and all hand-written notes with it.

    Args:
        reader_dir: A folder `training.reader_head.recipe.train_reader` wrote.
        catalog: The catalog its rows were generated from.
        threads: onnxruntime intra-op threads; None lets it choose.

    Raises:
        ValueError: If the rebuilt rows differ from the reader's, or a split has no notes.
    """
    rows = training_rows(ReaderManifest.load(reader_dir), catalog)
    loaded = HeadNotesReader.load(reader_dir, threads=threads)

    def read(notes: str) -> NotesReading:
        return loaded.read(notes)[0]

    def served(notes: str) -> NotesReading:
        return guarded(read(notes), notes)

    hand_notes = load_hand_notes()
    sets: dict[str, Sequence[ReadingExample]] = {
        "": reading_examples_from_rows(rows["test"]),
        HAND_PREFIX: hand_notes,
        HOLDOUT_PREFIX: load_hand_notes(HOLDOUT_FILE),
    }
    results = {prefix: read_all(NAME, read, examples) for prefix, examples in sets.items()}
    metrics: dict[str, float] = {}
    for prefix, examples in sets.items():
        metrics |= summarise(results[prefix], prefix=prefix)
        metrics |= summarise(read_all(NAME, served, examples), prefix=SERVED_PREFIX + prefix)
    return ReaderEvaluation(
        metrics=metrics,
        hand_tags=breakdown_table(group_results(hand_notes, results[HAND_PREFIX])),
    )


def metrics_table(metrics: Mapping[str, float]) -> str:
    """Markdown: one row per reading metric, generated test notes beside hand-written ones, each
    as the reader read them and as served (with the rule guards)."""
    names = (
        "reading_examples",
        "reading_exact_rate",
        "reading_unsafe_rate",
        "reading_unsafe_upper95",
        "ms_per_note_p50",
        "ms_per_note_p95",
    )
    prefixes = [
        served + prefix
        for prefix in ("", HAND_PREFIX, HOLDOUT_PREFIX)
        for served in ("", SERVED_PREFIX)
    ]
    lines = [
        "| metric | generated test notes | as served | hand-written notes | as served "
        "| held-out hand-written notes | as served |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {name} | " + " | ".join(f"{metrics[prefix + name]:.4g}" for prefix in prefixes) + " |"
        for name in names
    ]
    return "\n".join(lines) + "\n"


def log_reader_evaluation(
    client: MlflowClient,
    reader_dir: Path,
    evaluation: ReaderEvaluation,
    *,
    experiment: str,
    params: Mapping[str, object],
    tags: Mapping[str, str] | None = None,
    artifact_root: Path | None = None,
) -> str:
    """One finished run: params, metrics, the two tables, and the folder under `reader/`.

    Args:
        client: Client bound to the tracking store.
        reader_dir: The evaluated reader folder, logged as it is under `READER_ARTEFACT`.
        evaluation: What `evaluate_reader` measured.
        experiment: MLflow experiment, created if missing.
        params: Run params (training settings, dataset).
        tags: Run tags.
        artifact_root: Where a local store keeps a new experiment's artefacts.

    Returns:
        The run id.
    """
    experiment_id = ensure_experiment(client, experiment, artifact_root=artifact_root)
    run = client.create_run(experiment_id, run_name=NAME, tags=dict(tags or {}))
    tracker = RunTracker(client, str(run.info.run_id))
    tracker.log_params(params)
    tracker.log_metrics(evaluation.metrics, step=0)
    tracker.log_artifacts(reader_dir, READER_ARTEFACT)
    client.log_text(tracker.run_id, evaluation.hand_tags, HAND_TAGS_FILE)
    client.log_text(tracker.run_id, metrics_table(evaluation.metrics), METRICS_FILE)
    tracker.end(succeeded=True)
    return tracker.run_id
