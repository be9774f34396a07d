"""Load `soft_notes.yaml`: hand-written notes labelled with the soft preferences they state.

Generated notes state their wishes in the generator's frames, so a model trained on them is
flattered when scored on more of the same (issue #14). These notes were written by people; each
also carries the hard reading of `notes.yaml`'s rules, so the reading evaluation could use them
too. Whether a label's terms exist in the catalog is checked against the catalog in use, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import ClassVar, Final

from pydantic import Field, field_validator

from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from evaluation.handwritten.loader import HandEntry, HandNote, validated_entries
from evaluation.handwritten.tags import Phenomenon, Register, SoftPhenomenon

SOFT_NOTES_FILE: Final = Path(__file__).resolve().parent / "soft_notes.yaml"
MAX_WISHES: Final = 3
"""A note states one to three wishes: more would make one note weigh more than the others."""


@dataclass(frozen=True)
class SoftNote(HandNote):
    """A hand-written note with the wishes it states beside its hard reading."""

    soft: SoftPreferences = NO_SOFT_PREFERENCES


def _folded(terms: tuple[str, ...]) -> list[str]:
    return [" ".join(term.casefold().split()) for term in terms]


class SoftEntry(HandEntry):
    """One entry of `soft_notes.yaml` as written."""

    id: str = Field(pattern=r"^hs-\d{3,}$")
    tag_families: ClassVar[tuple[type[StrEnum], ...]] = (Register, Phenomenon, SoftPhenomenon)
    soft: SoftPreferences

    @field_validator("soft")
    @classmethod
    def _well_formed(cls, soft: SoftPreferences) -> SoftPreferences:
        """One to three wishes, none blank, none twice, none both wanted and unwanted."""
        if not 1 <= soft.count <= MAX_WISHES:
            raise ValueError(f"a note states 1 to {MAX_WISHES} wishes, this label has {soft.count}")
        foods = _folded(soft.favourite_foods) + _folded(soft.fewer_foods)
        exercises = _folded(soft.enjoyed_exercises) + _folded(soft.boring_exercises)
        for terms in (foods, exercises):
            if not all(terms):
                raise ValueError("a wish is blank")
            if len(set(terms)) != len(terms):
                raise ValueError(f"a term is wished twice or both ways: {terms}")
        return soft

    def note(self) -> SoftNote:
        return SoftNote(
            id=self.id,
            notes=self.notes,
            target=self.reading,
            tags=self.tags,
            beyond_vocabulary=self.beyond_vocabulary,
            soft=self.soft,
        )


def load_soft_notes(path: Path = SOFT_NOTES_FILE) -> list[SoftNote]:
    """The soft-preference notes, in file order.

    Raises:
        HandNotesError: If the file is not a YAML list, or an entry is malformed or repeats an
            id; the message gives `<file>:<line>`.
    """
    return [entry.note() for entry in validated_entries(path, SoftEntry)]
