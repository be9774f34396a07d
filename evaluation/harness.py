"""Run candidates over held-out examples; write per-example JSONL and aggregates.

Every evaluation of a fine-tune also runs its base model zero-shot and the exact reference planner
on the same examples, so each report shows what the fine-tune adds over both.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tqdm import tqdm  # type: ignore[import-untyped]

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.guided import guided_schema
from domain.plan.planner import make_plan
from evaluation.examples import EvalExample
from evaluation.metrics.aggregate import ExampleResult, aggregate
from evaluation.runtimes.base import Generation, JsonSchema, Runtime
from evaluation.scoring import Scorer

logger = logging.getLogger(__name__)

REFERENCE = "reference"
AGGREGATES_FILE = "aggregates.json"


class Proposer(Protocol):
    """Anything that proposes a draft for an example: a model runtime or the exact planner."""

    name: str

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Generation: ...


SchemaFor = Callable[[EvalExample], JsonSchema]
"""The schema guiding decoding for an example, built from what serving knows (the form)."""


class RuntimeProposer:
    """A model runtime completing the example's chat messages, guided when `schema_for` is set."""

    def __init__(self, runtime: Runtime, schema_for: SchemaFor | None = None) -> None:
        self.name = runtime.name
        self.runtime = runtime
        self.schema_for = schema_for

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Generation:
        schema = self.schema_for(example) if self.schema_for else None
        return self.runtime.generate(
            example.messages, max_new_tokens=max_new_tokens, json_schema=schema
        )


class ReferenceProposer:
    """The exact planner's plan for the TRUE request, written as the fine-tune's target draft.

    An oracle: it knows the constraints the notes state, so it bounds what reading can add.
    """

    name = REFERENCE

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Generation:
        started = time.perf_counter()
        plan = make_plan(example.request, self.catalog, seed=self.seed)
        text = draft_from_plan(plan, example.request).model_dump_json()
        return Generation(text, (), 0, time.perf_counter() - started)


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


def run_proposers(
    proposers: Sequence[Proposer],
    examples: Sequence[EvalExample],
    scorer: Scorer,
    *,
    max_new_tokens: int,
    out_dir: Path,
) -> dict[str, dict[str, float]]:
    """Score every proposer on every example, streaming results to `<out_dir>/<name>.jsonl`.

    Returns:
        Proposer name to aggregate metrics (also written to `aggregates.json`).

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
        results: list[ExampleResult] = []
        with (out_dir / f"{proposer.name}.jsonl").open("w", encoding="utf-8") as sink:
            for example in tqdm(examples, desc=f"eval {proposer.name}", unit="ex"):
                generation = proposer.propose(example, max_new_tokens=max_new_tokens)
                result = scorer.score(example, generation, proposer.name)
                sink.write(result.model_dump_json() + "\n")
                results.append(result)
        aggregates[proposer.name] = aggregate(results)
        logger.info("%s: %s", proposer.name, json.dumps(aggregates[proposer.name]))
    (out_dir / AGGREGATES_FILE).write_text(json.dumps(aggregates, indent=2, sort_keys=True))
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
        guided: Decode both models under each example's `guided_schema`, as serving does.

    Returns:
        The report; the reference planner is listed as `reference`.
    """

    def schema_for(example: EvalExample) -> JsonSchema:
        return guided_schema(example.form, catalog)

    guide = schema_for if guided else None
    proposers: list[Proposer] = [
        ReferenceProposer(catalog, seed=seed),
        RuntimeProposer(candidate, guide),
        RuntimeProposer(base, guide),
    ]
    scorer = Scorer(catalog, seed=seed)
    aggregates = run_proposers(
        proposers, examples, scorer, max_new_tokens=max_new_tokens, out_dir=out_dir
    )
    return HarnessReport(out_dir=out_dir, candidate=candidate.name, aggregates=aggregates)


def read_results(path: Path) -> list[ExampleResult]:
    """Load a `<name>.jsonl` the harness wrote."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ExampleResult.model_validate_json(line) for line in lines if line]
