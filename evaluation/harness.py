"""Run candidates over held-out examples; write per-example JSONL and aggregates.

Each model reads the notes (as in serving, beside the registered dedicated reader when one is
given), then drafts the plan for the form tightened by that reading (`evaluation.proposers`).
Every evaluation of a fine-tune also runs its base model zero-shot and the exact reference
planner on the same examples, so each report shows what the fine-tune adds over both, as paired
differences with 95 % intervals (`evaluation.metrics.comparison`), on the held-out split and on
hand-written plan examples when given. Reading alone is also measured on many more held-out notes,
and on the hand-written notes of `evaluation.handwritten`, which no template wrote.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel
from tqdm import tqdm  # type: ignore[import-untyped]

from domain.catalog import Catalog
from evaluation.examples import EvalExample, ReadingExample
from evaluation.handwritten import HandNote, write_breakdown
from evaluation.metrics.aggregate import ExampleResult, aggregate
from evaluation.metrics.comparison import AGAINST_BASE, differences, intervals
from evaluation.metrics.reading import (
    HAND_PREFIX,
    ReadingResult,
    aggregate_reading,
    unsafe_misreads,
)
from evaluation.proposers import (
    PLANNERS,
    ModelProposer,
    Proposer,
    Reader,
    ReferenceProposer,
    ServedPlannerProposer,
)
from evaluation.scoring import Scorer
from serving.engine.reader import ReadsNotes
from serving.engine.runtimes.base import Runtime

logger = logging.getLogger(__name__)

AGGREGATES_FILE = "aggregates.json"

Item = TypeVar("Item")
Result = TypeVar("Result", bound=BaseModel)


@dataclass(frozen=True)
class HarnessReport:
    """Where the results went and what they add up to.

    Attributes:
        out_dir: Folder with `[<prefix>]<name>.jsonl` per proposer (`results_path`), the reading
            results and per-tag
            tables per model (`reading_path`, `breakdown_path`), and `aggregates.json`.
        candidate: Name of the candidate under test (the others are baselines).
        aggregates: Proposer name to its aggregate metrics.
    """

    out_dir: Path
    candidate: str
    aggregates: dict[str, dict[str, float]]

    def results_path(self, name: str, *, prefix: str = "") -> Path:
        return results_path(self.out_dir, name, prefix=prefix)


def results_path(out_dir: Path, name: str, *, prefix: str = "") -> Path:
    """Where `run_proposers` writes one proposer's plan results."""
    return out_dir / f"{prefix}{name}.jsonl"


def reading_path(out_dir: Path, name: str, *, prefix: str = "") -> Path:
    """Where `run_readers` writes one model's reading results."""
    return out_dir / f"{prefix}reading-{name}.jsonl"


def breakdown_path(out_dir: Path, name: str) -> Path:
    """Where `evaluate_candidate` writes one model's per-tag table of the hand-written notes."""
    return out_dir / f"{HAND_PREFIX}reading-tags-{name}.md"


def _stream_results(
    path: Path, items: Sequence[Item], score: Callable[[Item], Result], *, desc: str, unit: str
) -> list[Result]:
    """Score every item, writing each result to `path` as a JSON line as soon as it exists, so
    a long run that dies keeps what it finished."""
    results = []
    with path.open("w", encoding="utf-8") as sink:
        for item in tqdm(items, desc=desc, unit=unit):
            result = score(item)
            sink.write(result.model_dump_json() + "\n")
            results.append(result)
    return results


def _propose_and_score(proposer: Proposer, scorer: Scorer, example: EvalExample) -> ExampleResult:
    return scorer.score(example, proposer.propose(example), proposer.name)


def _read(reader: Reader, example: ReadingExample) -> ReadingResult:
    read, generation = reader.read(example.notes)
    return ReadingResult(
        example_id=example.id,
        candidate=reader.name,
        notes=example.notes,
        output=generation.text if generation else "",
        exact=read == example.target,
        unsafe=unsafe_misreads(read, example.target),
        latency_s=generation.seconds if generation else 0.0,
    )


def run_proposers(
    proposers: Sequence[Proposer],
    examples: Sequence[EvalExample],
    scorer: Scorer,
    *,
    out_dir: Path,
    prefix: str = "",
) -> dict[str, dict[str, float]]:
    """Score every proposer on every example, streaming results to `results_path`.

    Args:
        proposers: The proposers, with unique names.
        examples: The users to plan for.
        scorer: Scores each served plan.
        out_dir: Output folder.
        prefix: Put before the files and every metric name (`HAND_PREFIX` for the hand-written
            plan examples), as `run_readers` does.

    Returns:
        Proposer name to aggregate metrics.

    Raises:
        ValueError: If proposer names repeat or there are no examples.
    """
    names = [p.name for p in proposers]
    if len(set(names)) != len(names):
        raise ValueError(f"proposer names must be unique, got {names}")
    if not examples:
        raise ValueError("no examples to evaluate")
    out_dir.mkdir(parents=True, exist_ok=True)
    aggregates = {}
    for proposer in proposers:
        results = _stream_results(
            results_path(out_dir, proposer.name, prefix=prefix),
            examples,
            partial(_propose_and_score, proposer, scorer),
            desc=f"{prefix}eval {proposer.name}",
            unit="ex",
        )
        aggregates[proposer.name] = aggregate(results, prefix=prefix)
        logger.info("%s: %s", proposer.name, json.dumps(aggregates[proposer.name]))
    return aggregates


def run_readers(
    readers: Sequence[Reader],
    examples: Sequence[ReadingExample],
    *,
    out_dir: Path,
    prefix: str = "",
) -> dict[str, dict[str, float]]:
    """Run each model's reading pass over notes; results to `<prefix>reading-<name>.jsonl`.

    Args:
        readers: The models.
        examples: The notes and their targets.
        out_dir: Output folder.
        prefix: Put before the file and every metric name (`HAND_PREFIX` for hand-written
            notes), so several sets of notes can be read into one report.

    Returns:
        Model name to reading metrics (`evaluation.metrics.reading.aggregate_reading`).

    Raises:
        ValueError: If there are no examples.
    """
    if not examples:
        raise ValueError("no reading examples to evaluate")
    out_dir.mkdir(parents=True, exist_ok=True)
    aggregates = {}
    for reader in readers:
        results = _stream_results(
            reading_path(out_dir, reader.name, prefix=prefix),
            examples,
            partial(_read, reader),
            desc=f"{prefix}reading {reader.name}",
            unit="note",
        )
        aggregates[reader.name] = aggregate_reading(results, prefix=prefix)
        logger.info("%s reading: %s", reader.name, json.dumps(aggregates[reader.name]))
    return aggregates


def _compare(
    aggregates: dict[str, dict[str, float]],
    *,
    out_dir: Path,
    candidate: str,
    base: str,
    prefix: str = "",
) -> None:
    """Add the paired comparisons of the results `run_proposers` wrote to `aggregates`.

    Every proposer gets its own bounds, the candidate its differences from the reference
    planner (`vs_reference_*`), from the planner as served where it ran
    (`vs_planner_as_served_*`) and from its base model (`vs_base_*`), whatever the base's name.
    """
    names = [name for name in PLANNERS if name in aggregates]
    results = {
        name: read_results(results_path(out_dir, name, prefix=prefix))
        for name in (*names, candidate, base)
    }
    for name, scored in results.items():
        aggregates[name].update(intervals(scored, prefix=prefix))
    for against, name in (*((n, n) for n in names), (AGAINST_BASE, base)):
        aggregates[candidate].update(
            differences(results[candidate], results[name], against=against, prefix=prefix)
        )


def evaluate_candidate(
    candidate: Runtime,
    base: Runtime,
    examples: Sequence[EvalExample],
    catalog: Catalog,
    *,
    max_new_tokens: int,
    seed: int,
    out_dir: Path,
    guided: bool,
    reading_examples: Sequence[ReadingExample] = (),
    hand_notes: Sequence[HandNote] = (),
    hand_examples: Sequence[EvalExample] = (),
    notes_reader: ReadsNotes | None = None,
) -> HarnessReport:
    """Evaluate a fine-tuned candidate next to its base model zero-shot and the exact planner.

    Args:
        candidate: The fine-tuned model (PyTorch with adapter, merged, or an ONNX build).
        base: The same base model without fine-tuning; its name must differ from the candidate's.
        examples: Held-out examples.
        catalog: Catalog to ground and check against.
        max_new_tokens: Generation budget per example (greedy decoding).
        seed: Planner seed for repairs and the reference baseline.
        out_dir: Output folder.
        guided: Decode both models' readings and drafts under their schemas, as serving does.
        reading_examples: Held-out notes to measure both models' reading on (their `reading_*`
            metrics); none skips that part.
        hand_notes: Hand-written notes to measure both models' reading on as well (their
            `hand_reading_*` metrics, and a per-tag table each); none skips that part.
        hand_examples: Plan examples whose notes people wrote (`evaluation.handwritten`), run
            like `examples` with every metric and file under `HAND_PREFIX`; none skips them.
        notes_reader: The dedicated reader serving reads every variant's notes with (its
            registered `@champion`): it reads the notes of both models' plans beside them, and
            the planner as served (`PLANNER_AS_SERVED`) runs with it. The models' `reading_*`
            metrics are their own reading either way.

    Returns:
        The report; the reference planner is listed as `reference`. `aggregates.json` in
        `out_dir` holds the same aggregates.
    """
    models = [
        ModelProposer(
            runtime,
            catalog,
            guided=guided,
            max_new_tokens=max_new_tokens,
            seed=seed,
            notes_reader=notes_reader,
        )
        for runtime in (candidate, base)
    ]
    proposers: list[Proposer] = [ReferenceProposer(catalog, seed=seed), *models]
    if notes_reader is not None:
        proposers.insert(1, ServedPlannerProposer(catalog, notes_reader, seed=seed))
    scorer = Scorer(catalog)
    aggregates: dict[str, dict[str, float]] = {proposer.name: {} for proposer in proposers}
    for prefix, plans in (("", examples), (HAND_PREFIX, hand_examples)):
        if prefix and not plans:
            continue  # only the held-out split is required
        run = run_proposers(proposers, plans, scorer, out_dir=out_dir, prefix=prefix)
        for name, metrics in run.items():
            aggregates[name].update(metrics)
        _compare(
            aggregates, out_dir=out_dir, candidate=candidate.name, base=base.name, prefix=prefix
        )
    for prefix, notes in (("", reading_examples), (HAND_PREFIX, hand_notes)):
        if notes:
            readings = run_readers(models, notes, out_dir=out_dir, prefix=prefix)
            for name, metrics in readings.items():
                aggregates[name].update(metrics)
    if hand_notes:
        for model in models:
            results = read_reading_results(reading_path(out_dir, model.name, prefix=HAND_PREFIX))
            write_breakdown(hand_notes, results, breakdown_path(out_dir, model.name))
    (out_dir / AGGREGATES_FILE).write_text(json.dumps(aggregates, indent=2, sort_keys=True))
    return HarnessReport(out_dir=out_dir, candidate=candidate.name, aggregates=aggregates)


def _read_jsonl(path: Path, result: type[Result]) -> list[Result]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [result.model_validate_json(line) for line in lines if line]


def read_results(path: Path) -> list[ExampleResult]:
    """Load a `<name>.jsonl` the harness wrote."""
    return _read_jsonl(path, ExampleResult)


def read_reading_results(path: Path) -> list[ReadingResult]:
    """Load a `[<prefix>]reading-<name>.jsonl` the harness wrote."""
    return _read_jsonl(path, ReadingResult)
