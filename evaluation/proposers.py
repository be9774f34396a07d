"""Proposers: anything that turns a held-out example into a served plan with its provenance.

A model proposes exactly as serving runs it, through `serving.engine.PlanEngine`: read the notes
sentence by sentence, tighten the form by that reading, draft under the per-request schema, then
ground, repair and solve. The exact reference planner on the TRUE request is the oracle baseline;
the planner as served (`PLANNER_AS_SERVED`) is the product without a model: the same planner on
the form tightened by what the dedicated reader and the rule guards read.
"""

from __future__ import annotations

import time
from typing import Protocol

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.reading import NotesReading, reading_of
from domain.prompt import serialise_draft
from evaluation.examples import EvalExample
from serving.engine import EngineResult, NotesReader, PlanBuilder, PlanEngine
from serving.engine.reader import ReadsNotes
from serving.engine.runtimes.base import Generation, Runtime

REFERENCE = "reference"
PLANNER_AS_SERVED = "planner_as_served"
PLANNERS = (REFERENCE, PLANNER_AS_SERVED)
"""The baselines without a model: they plan alike whichever candidate they are run beside."""


class Proposer(Protocol):
    name: str

    def propose(self, example: EvalExample) -> EngineResult: ...


class Reader(Protocol):
    """Anything that reads notes as serving does: a `ModelProposer` or a `RuntimeReader`."""

    name: str

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]: ...


class RuntimeReader:
    """A model's reading pass alone, as serving runs it; needs no catalog, unlike planning.

    Args:
        runtime: The loaded model.
        guided: Decode under the reading schema, as serving does.
    """

    def __init__(self, runtime: Runtime, *, guided: bool = True) -> None:
        self.name = runtime.name
        self.reader = NotesReader(runtime, guided=guided)

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        return self.reader.read(notes)


class ModelProposer:
    """A model runtime planning through serving's engine.

    Args:
        runtime: The loaded model.
        catalog: Foods and exercises.
        guided: Decode under the per-request schemas, as serving does (False: free decoding,
            for runtimes that cannot guide).
        max_new_tokens: Budget of the draft pass.
        seed: Planner seed for repairs and the fallback.
        notes_reader: The dedicated reader that reads the notes of its plans beside the model,
            as serving's registered reader reads for every variant; None: the model alone.
    """

    def __init__(
        self,
        runtime: Runtime,
        catalog: Catalog,
        *,
        guided: bool = True,
        max_new_tokens: int,
        seed: int = 0,
        notes_reader: ReadsNotes | None = None,
    ) -> None:
        self.name = runtime.name
        self.engine = PlanEngine(
            catalog,
            runtime,
            seed=seed,
            guided=guided,
            max_new_tokens=max_new_tokens,
            notes_reader=notes_reader,
        )
        self.own_reader = RuntimeReader(runtime, guided=guided)

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """The model's own reading pass alone (reading is evaluated on many more notes), even
        where a dedicated reader reads its plans' notes."""
        return self.own_reader.read(notes)

    def propose(self, example: EvalExample) -> EngineResult:
        return self.engine.plan(example.form, example.notes)


class ReferenceProposer:
    """The exact planner on the TRUE request with a perfect reading, served as a draft.

    An oracle: it knows the constraints the notes state, so it bounds what reading can add.
    """

    name = REFERENCE

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed
        self.builder = PlanBuilder(catalog, seed=seed)

    def propose(self, example: EvalExample) -> EngineResult:
        started = time.perf_counter()
        draft = draft_from_plan(make_plan(example.request, self.catalog, seed=self.seed))
        served = self.builder.serve(draft, example.request, example.form)
        generation = Generation(serialise_draft(draft), (), 0, time.perf_counter() - started)
        reading = reading_of(example.request, example.form)
        return EngineResult(served, reading, False, draft_generation=generation)


class ServedPlannerProposer:
    """The exact planner as serving runs it without a model: the dedicated reader and the rule
    guards read the notes, and the planner plans the form tightened by that reading.

    The baseline a model must beat to earn its place in the product: unlike the oracle it
    misreads as users' notes get misread, so the fine-tune's difference from it is what drafting
    adds, and its difference from the oracle what reading costs.
    """

    name = PLANNER_AS_SERVED

    def __init__(self, catalog: Catalog, notes_reader: ReadsNotes, *, seed: int) -> None:
        self.engine = PlanEngine(catalog, None, seed=seed, notes_reader=notes_reader)

    def propose(self, example: EvalExample) -> EngineResult:
        return self.engine.plan(example.form, example.notes)
