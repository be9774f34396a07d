"""Run candidates over held-out examples; write per-example JSONL and aggregates.

Each model reads the notes, then drafts the plan for the form tightened by its reading
(`evaluation.proposers`), as serving will. Every evaluation of a fine-tune also runs its base
model zero-shot and the exact reference planner on the same examples, so each report shows what
the fine-tune adds over both. Reading alone is also measured on many more held-out notes.
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
from evaluation.metrics.aggregate import ExampleResult, aggregate
from evaluation.metrics.reading import ReadingResult, aggregate_reading, unsafe_misreads
from evaluation.proposers import ModelProposer, Proposer, ReferenceProposer
from evaluation.scoring import Scorer
from serving.engine.runtimes.base import Runtime

logger = logging.getLogger(__name__)

AGGREGATES_FILE = "aggregates.json"

Item = TypeVar("Item")
Result = TypeVar("Result", bound=BaseModel)


@dataclass(frozen=True)
class HarnessReport:
    """Where the results went and what they add up to.

    Attributes:
        out_dir: Folder with `<name>.jsonl` per proposer and `aggregates.json`.
        candidate: Name of the candidate under test (the others are baselines).
        aggregates: Proposer name to its aggregate metrics.
    """

    out_dir: Path
    candidate: str
    aggregates: dict[str, dict[str, float]]

    def results_path(self, name: str) -> Path:
        return self.out_dir / f"{name}.jsonl"


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


def _read(reader: ModelProposer, example: ReadingExample) -> ReadingResult:
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
) -> dict[str, dict[str, float]]:
    """Score every proposer on every example, streaming results to `<out_dir>/<name>.jsonl`.

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
            out_dir / f"{proposer.name}.jsonl",
            examples,
            partial(_propose_and_score, proposer, scorer),
            desc=f"eval {proposer.name}",
            unit="ex",
        )
        aggregates[proposer.name] = aggregate(results)
        logger.info("%s: %s", proposer.name, json.dumps(aggregates[proposer.name]))
    return aggregates


def run_readers(
    readers: Sequence[ModelProposer], examples: Sequence[ReadingExample], *, out_dir: Path
) -> dict[str, dict[str, float]]:
    """Run each model's reading pass over held-out notes; results to `reading-<name>.jsonl`.

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
            out_dir / f"reading-{reader.name}.jsonl",
            examples,
            partial(_read, reader),
            desc=f"reading {reader.name}",
            unit="note",
        )
        aggregates[reader.name] = aggregate_reading(results)
        logger.info("%s reading: %s", reader.name, json.dumps(aggregates[reader.name]))
    return aggregates


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

    Returns:
        The report; the reference planner is listed as `reference`. `aggregates.json` in
        `out_dir` holds the same aggregates.
    """
    models = [
        ModelProposer(runtime, catalog, guided=guided, max_new_tokens=max_new_tokens, seed=seed)
        for runtime in (candidate, base)
    ]
    proposers: list[Proposer] = [ReferenceProposer(catalog, seed=seed), *models]
    aggregates = run_proposers(proposers, examples, Scorer(catalog), out_dir=out_dir)
    if reading_examples:
        for name, metrics in run_readers(models, reading_examples, out_dir=out_dir).items():
            aggregates[name].update(metrics)
    (out_dir / AGGREGATES_FILE).write_text(json.dumps(aggregates, indent=2, sort_keys=True))
    return HarnessReport(out_dir=out_dir, candidate=candidate.name, aggregates=aggregates)


def read_results(path: Path) -> list[ExampleResult]:
    """Load a `<name>.jsonl` the harness wrote."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ExampleResult.model_validate_json(line) for line in lines if line]
