"""Proposers: anything that turns an example into a reading of the notes and a plan draft.

A model proposes the way serving will run it: read the notes sentence by sentence (nothing is sent
for blank notes), tighten the form by that reading, then draft the plan for the tightened
request, every pass guided when a catalog is given. The exact reference planner is the oracle
baseline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Final, Protocol

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.guided import guided_schema
from domain.plan.planner import make_plan
from domain.plan.reading import (
    NOTHING_READ,
    NotesReading,
    apply_reading,
    merge_readings,
    note_sentences,
    reading_of,
    reading_schema,
)
from domain.prompt import prompt_messages, reading_messages
from evaluation.examples import EvalExample
from evaluation.metrics.reading import parse_reading
from evaluation.runtimes.base import Generation, Runtime

REFERENCE = "reference"
READING_MAX_NEW_TOKENS: Final = 160
"""Budget of the reading pass: every flag of every set is about 120 tokens."""


@dataclass(frozen=True)
class Proposal:
    """What a proposer made of one example.

    Attributes:
        reading: What serving enforces from the notes (nothing when the reading did not parse).
        reading_generation: The reading pass, or None when none ran (blank notes, the oracle).
        draft: The plan pass: its text is the draft as written.
    """

    reading: NotesReading
    reading_generation: Generation | None
    draft: Generation

    @property
    def seconds(self) -> float:
        """Wall time of both passes: what a user waits for."""
        reading = self.reading_generation.seconds if self.reading_generation else 0.0
        return reading + self.draft.seconds

    @property
    def new_tokens(self) -> int:
        reading = len(self.reading_generation.token_ids) if self.reading_generation else 0
        return reading + len(self.draft.token_ids)


class Proposer(Protocol):
    name: str

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Proposal: ...


def parse_reading_or_nothing(text: str) -> NotesReading:
    """The reading in `text`, or nothing read when it does not parse (serving does the same)."""
    reading = parse_reading(text)
    return NOTHING_READ if reading is None else reading


class ModelProposer:
    """A model runtime reading, then planning, guided by per-request schemas when `catalog` is set.

    Args:
        runtime: The loaded model.
        catalog: Catalog for guided decoding; None decodes freely (runtimes that cannot guide).
    """

    def __init__(self, runtime: Runtime, catalog: Catalog | None = None) -> None:
        self.name = runtime.name
        self.runtime = runtime
        self.catalog = catalog
        self.reading_schema = reading_schema() if catalog is not None else None

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """Read the notes a sentence at a time and merge; blank notes are not sent to the model.

        Returns:
            The merged reading, and one generation standing for every pass (texts one per
            line, token ids and seconds summed); None when nothing was sent.
        """
        sentences = note_sentences(notes)
        if not sentences:
            return NOTHING_READ, None
        passes = [
            self.runtime.generate(
                reading_messages(sentence),
                max_new_tokens=READING_MAX_NEW_TOKENS,
                json_schema=self.reading_schema,
            )
            for sentence in sentences
        ]
        reading = merge_readings(parse_reading_or_nothing(g.text) for g in passes)
        return reading, Generation(
            "\n".join(g.text for g in passes),
            tuple(token for g in passes for token in g.token_ids),
            sum(g.prompt_tokens for g in passes),
            sum(g.seconds for g in passes),
        )

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Proposal:
        reading, reading_generation = self.read(example.notes)
        request = apply_reading(example.form, reading)
        messages = prompt_messages(request, example.notes)
        try:
            schema = guided_schema(request, self.catalog) if self.catalog is not None else None
        except ValueError:  # what was read leaves no food or exercise: nothing to draft from
            return Proposal(reading, reading_generation, Generation("", (), 0, 0.0))
        draft = self.runtime.generate(messages, max_new_tokens=max_new_tokens, json_schema=schema)
        return Proposal(reading, reading_generation, draft)


class ReferenceProposer:
    """The exact planner on the TRUE request with a perfect reading, written as a target draft.

    An oracle: it knows the constraints the notes state, so it bounds what reading can add.
    """

    name = REFERENCE

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed

    def propose(self, example: EvalExample, *, max_new_tokens: int) -> Proposal:
        started = time.perf_counter()
        plan = make_plan(example.request, self.catalog, seed=self.seed)
        text = draft_from_plan(plan).model_dump_json()
        draft = Generation(text, (), 0, time.perf_counter() - started)
        return Proposal(reading_of(example.request, example.form), None, draft)
