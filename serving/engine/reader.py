"""Read a user's free-text notes with a model, one sentence at a time (`domain.plan.reading`).

Blank notes are not sent to the model. A sentence the model answers with something that does not
parse counts as nothing read: serving then enforces the form alone and says so.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Final, Protocol

from pydantic import ValidationError

from domain.plan.reading import (
    NOTHING_READ,
    NotesReading,
    cautious_reading,
    merge_readings,
    note_sentences,
    reading_schema,
)
from domain.prompt import parse_reading, reading_messages
from serving.engine.runtimes.base import Generation, Runtime, combine

READING_MAX_NEW_TOKENS: Final = 200
"""Budget of one sentence's reading: every flag of every set, diets included, is about 150
tokens."""


def parse_reading_or_nothing(text: str) -> NotesReading | None:
    """The reading in `text`, or None when it does not parse against the reading schema."""
    try:
        return parse_reading(text)
    except ValidationError:
        return None


class ReadsNotes(Protocol):
    """Anything that reads a note into a reading: the model (`NotesReader`) or a dedicated
    reader (`serving.engine.head_reader.HeadNotesReader`)."""

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """The merged reading, and a generation standing for the work (None: nothing read)."""
        ...


class CautiousReader:
    """Two readers of the same notes, their readings joined by `cautious_reading`: a registered
    dedicated reader and the variant's own model, which miss different constraints.

    Args:
        dedicated: The dedicated reader (`serving.engine.head_reader.HeadNotesReader`).
        model: The variant's model reading its own way (`NotesReader`).
    """

    def __init__(self, dedicated: ReadsNotes, model: ReadsNotes) -> None:
        self.dedicated = dedicated
        self.model = model

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """The joined reading, and one generation standing for both readers' work (None for
        blank notes, which neither reads)."""
        first, first_work = self.dedicated.read(notes)
        second, second_work = self.model.read(notes)
        work = [generation for generation in (first_work, second_work) if generation]
        if not work:
            return NOTHING_READ, None
        reading = cautious_reading(first, second)
        return reading, combine(work, reading.model_dump_json())


class ReaderSlot:
    """The dedicated reader every variant reads with, swapped whole when serving loads another.

    One slot is shared by all engines, so a newly promoted reader reads for every variant at once;
    a read in flight finishes on the reader it started with. Empty, each variant's model reads.

    Args:
        reader: The dedicated reader to start with, or None.
        version: What it is, for `/v1/models` (a registry version, or the folder it came from).
    """

    def __init__(self, reader: ReadsNotes | None = None, version: str | None = None) -> None:
        self.reader = reader
        self.version = version

    def put(self, reader: ReadsNotes | None, version: str | None) -> None:
        """Swap in `reader` (None: the models read again)."""
        self.reader, self.version = reader, version


class NotesReader:
    """A model runtime reading notes sentence by sentence, guided by the reading schema.

    Args:
        runtime: The loaded model.
        guided: Decode under the reading's JSON schema (runtimes that cannot guide: False).
        cache_size: Sentences whose reading is kept (a user's notes recur in every renewal);
            0 keeps none, so every call measures the model.
    """

    def __init__(self, runtime: Runtime, *, guided: bool = True, cache_size: int = 0) -> None:
        self.runtime = runtime
        self.schema = reading_schema() if guided else None
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[NotesReading, Generation]] = OrderedDict()

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """Read the notes and merge the sentences' readings.

        Returns:
            The merged reading, and one generation standing for every pass (see `combine`);
            None when nothing was sent (blank notes). A sentence whose reading did not parse
            contributes nothing.
        """
        sentences = note_sentences(notes)
        if not sentences:
            return NOTHING_READ, None
        read = [self._read_sentence(sentence) for sentence in sentences]
        reading = merge_readings(r for r, _ in read)
        generations = [g for _, g in read]
        return reading, combine(generations, "\n".join(g.text for g in generations))

    def _read_sentence(self, sentence: str) -> tuple[NotesReading, Generation]:
        cached = self._cache.get(sentence)
        if cached is not None:
            self._cache.move_to_end(sentence)
            reading, generation = cached
            return reading, Generation(generation.text, (), 0, 0.0, 0)
        generation = self.runtime.generate(
            reading_messages(sentence),
            max_new_tokens=READING_MAX_NEW_TOKENS,
            json_schema=self.schema,
        )
        reading = parse_reading_or_nothing(generation.text) or NOTHING_READ
        if self.cache_size:
            self._cache[sentence] = (reading, generation)
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return reading, generation
