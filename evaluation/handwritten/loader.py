"""Load and validate `notes.yaml`, naming the line of any entry that does not fit.

Labels are reviewed by people, so the file is YAML (long notes wrap, texting notes keep their
line breaks) and a reading is written with lists; the loader turns each entry into a
`HandNote`, the harness's `ReadingExample` plus its tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import ClassVar, Final, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from domain.plan.reading import READING_SETS, NotesReading, note_sentences
from evaluation.examples import ReadingExample
from evaluation.handwritten.tags import Phenomenon, Register, Tag

NOTES_FILE: Final = Path(__file__).resolve().parent / "notes.yaml"
"""The development set: readers have been improved while looking at how they read it."""
HOLDOUT_FILE: Final = Path(__file__).resolve().parent / "holdout.yaml"
"""The held-out set: reported, never used to choose anything (README.md)."""


class HandNotesError(ValueError):
    """An entry of the hand-written notes is malformed; the message names its file and line."""


@dataclass(frozen=True)
class HandNote(ReadingExample):
    """A hand-written note: a reading example with how it is written and what it states that
    the reading cannot hold."""

    tags: tuple[Tag, ...] = ()
    beyond_vocabulary: tuple[str, ...] = ()


class HandEntry(BaseModel):
    """One entry of `notes.yaml` as written; `note()` is what evaluation uses."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    tag_families: ClassVar[tuple[type[StrEnum], ...]] = (Register, Phenomenon)
    """The tag families this file may use."""

    id: str = Field(pattern=r"^hw-\d{3,}$")
    notes: str
    reading: NotesReading
    tags: tuple[Tag, ...]
    beyond_vocabulary: tuple[str, ...]

    @field_validator("notes")
    @classmethod
    def _has_sentences(cls, notes: str) -> str:
        if not note_sentences(notes):
            raise ValueError("a note must have a sentence to read (blank notes are never read)")
        return notes

    @field_validator("reading", mode="before")
    @classmethod
    def _from_lists(cls, value: object) -> object:
        """Sets are written as lists for reviewers; a repeat is a typo, not a set."""
        if not isinstance(value, dict):
            return value
        converted = dict(value)
        for topic in READING_SETS:
            members = converted.get(topic)
            if isinstance(members, list):
                if len(set(members)) != len(members):
                    raise ValueError(f"`{topic}` lists a member twice: {members}")
                converted[topic] = frozenset(members)
        return converted

    @field_validator("tags")
    @classmethod
    def _tags(cls, tags: tuple[Tag, ...]) -> tuple[Tag, ...]:
        if len(set(tags)) != len(tags):
            raise ValueError(f"a tag repeats: {list(tags)}")
        foreign = [tag for tag in tags if not isinstance(tag, cls.tag_families)]
        if foreign:
            raise ValueError(f"tags of another file's families: {foreign}")
        if not any(isinstance(tag, Register) for tag in tags):
            raise ValueError(f"needs a register tag ({', '.join(Register)}), got {list(tags)}")
        return tags

    def note(self) -> HandNote:
        return HandNote(
            id=self.id,
            notes=self.notes,
            target=self.reading,
            tags=self.tags,
            beyond_vocabulary=self.beyond_vocabulary,
        )


Entry = TypeVar("Entry", bound=HandEntry)


def _entries(path: Path) -> Sequence[tuple[int, object]]:
    """Each top-level entry with its 1-based line, anchors and aliases resolved."""
    loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
    try:
        root = loader.get_single_node()
        if not isinstance(root, yaml.SequenceNode):
            raise HandNotesError(f"{path}: expected a list of notes")
        return [
            (node.start_mark.line + 1, loader.construct_object(node, deep=True))
            for node in root.value
        ]
    except yaml.YAMLError as error:
        raise HandNotesError(f"{path}: not valid YAML: {error}") from error
    finally:
        loader.dispose()


def validated_entries(path: Path, model: type[Entry]) -> list[Entry]:
    """Every entry of a hand-written notes file validated as `model`, in file order.

    Raises:
        HandNotesError: If the file is not a YAML list, or an entry is malformed or repeats an
            id; the message gives `<file>:<line>`.
    """
    entries: list[Entry] = []
    lines: dict[str, int] = {}
    for line, data in _entries(path):
        try:
            entry = model.model_validate(data)
        except ValidationError as error:
            raise HandNotesError(f"{path}:{line}: {error}") from error
        if entry.id in lines:
            first = lines[entry.id]
            raise HandNotesError(f"{path}:{line}: id {entry.id} is already on line {first}")
        lines[entry.id] = line
        entries.append(entry)
    return entries


def load_hand_notes(path: Path = NOTES_FILE) -> list[HandNote]:
    """The hand-written notes, in file order, each validated against today's vocabulary.

    Args:
        path: The YAML file (default: the set shipped in this package).

    Returns:
        One `HandNote` per entry.

    Raises:
        HandNotesError: If the file is not a YAML list, or an entry is malformed or repeats an
            id; the message gives `<file>:<line>`.
    """
    return [entry.note() for entry in validated_entries(path, HandEntry)]
