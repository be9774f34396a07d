"""Read a user's free-text notes with a model, one sentence at a time (`domain.plan.reading`).

Blank notes are not sent to the model. A sentence the model answers with something that does not
parse counts as nothing read: serving then enforces the form alone and says so. Given the
catalog's wish vocabulary, the model also reads the wishes each sentence states
(`domain.plan.soft_preferences`); serving plans for them, and never enforces them.
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
from domain.plan.soft_preferences import (
    NO_SOFT_PREFERENCES,
    SoftPreferences,
    WishVocabulary,
    merge_wishes,
)
from domain.prompt import parse_sentence_reading, reading_messages
from serving.engine.runtimes.base import Generation, Runtime, combine

READING_MAX_NEW_TOKENS: Final = 256
"""Budget of one sentence's reading: every flag of every set, diets included, is about 150
tokens, and a sentence's wishes a few names more."""


_SentenceRead = tuple[NotesReading, SoftPreferences]
"""One sentence's reading and the wishes it states."""
_NOTHING: Final[_SentenceRead] = (NOTHING_READ, NO_SOFT_PREFERENCES)


def parse_reading_or_nothing(text: str) -> NotesReading | None:
    """The reading in `text`, or None when it does not parse against the reading schema."""
    parsed = parse_sentence_reading_or_nothing(text)
    return None if parsed is None else parsed[0]


def parse_sentence_reading_or_nothing(text: str) -> _SentenceRead | None:
    """The reading and wishes in `text`, or None when it does not parse."""
    try:
        return parse_sentence_reading(text)
    except ValidationError:
        return None


class ReadsNotes(Protocol):
    """Anything that reads a note into a reading: the model (`NotesReader`) or a dedicated
    reader (`serving.engine.head_reader.HeadNotesReader`)."""

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """The merged reading, and a generation standing for the work (None: nothing read)."""
        ...

    def read_with_wishes(
        self, notes: str
    ) -> tuple[NotesReading, SoftPreferences, Generation | None]:
        """`read`, and the wishes of every sentence merged (none from a reader that reads
        constraints only)."""
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
        reading, _, work = self.read_with_wishes(notes)
        return reading, work

    def read_with_wishes(
        self, notes: str
    ) -> tuple[NotesReading, SoftPreferences, Generation | None]:
        """`read`, and the wishes the model read (the dedicated reader reads constraints only)."""
        first, first_work = self.dedicated.read(notes)
        second, wishes, second_work = self.model.read_with_wishes(notes)
        work = [generation for generation in (first_work, second_work) if generation]
        if not work:
            return NOTHING_READ, NO_SOFT_PREFERENCES, None
        reading = cautious_reading(first, second)
        return reading, wishes, combine(work, reading.model_dump_json())


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
        wishes: What read wishes may name, so guided decoding lets the model write them; None
            keeps guided readings to constraints (an unguided model writes what it will).
    """

    def __init__(
        self,
        runtime: Runtime,
        *,
        guided: bool = True,
        cache_size: int = 0,
        wishes: WishVocabulary | None = None,
    ) -> None:
        self.runtime = runtime
        wish_schema = None if wishes is None else wishes.schema()
        self.schema = reading_schema(wish_schema) if guided else None
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[_SentenceRead, Generation]] = OrderedDict()

    def read(self, notes: str) -> tuple[NotesReading, Generation | None]:
        """Read the notes and merge the sentences' readings.

        Returns:
            The merged reading, and one generation standing for every pass (see `combine`);
            None when nothing was sent (blank notes). A sentence whose reading did not parse
            contributes nothing.
        """
        reading, _, generation = self.read_with_wishes(notes)
        return reading, generation

    def read_with_wishes(
        self, notes: str
    ) -> tuple[NotesReading, SoftPreferences, Generation | None]:
        """`read`, and the wishes of every sentence merged (`merge_wishes`)."""
        sentences = note_sentences(notes)
        if not sentences:
            return NOTHING_READ, NO_SOFT_PREFERENCES, None
        read = [self._read_sentence(sentence) for sentence in sentences]
        reading = merge_readings(r for (r, _), _ in read)
        wishes = merge_wishes(w for (_, w), _ in read)
        generations = [g for _, g in read]
        return reading, wishes, combine(generations, "\n".join(g.text for g in generations))

    def _read_sentence(self, sentence: str) -> tuple[_SentenceRead, Generation]:
        cached = self._cache.get(sentence)
        if cached is not None:
            self._cache.move_to_end(sentence)
            read, generation = cached
            return read, Generation(generation.text, (), 0, 0.0, 0)
        generation = self.runtime.generate(
            reading_messages(sentence),
            max_new_tokens=READING_MAX_NEW_TOKENS,
            json_schema=self.schema,
        )
        read = parse_sentence_reading_or_nothing(generation.text) or _NOTHING
        if self.cache_size:
            self._cache[sentence] = (read, generation)
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return read, generation
