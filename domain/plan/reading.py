"""What the model read in a user's free-text notes, and the request serving enforces because of it.

The form leaves out what users only write in words ("no dairy", "bad left knee"), so serving cannot
enforce those constraints unless the model reads them. Reading is its own short model task, run
before planning: the plan is then drafted, guided and repaired under the form tightened by the
reading, so whatever was read is honoured by construction.

The model reads one sentence at a time (`note_sentences`) and the readings are merged
(`merge_readings`). A small model misses constraints in long notes far more often than in single
sentences: the quick SmolLM2 read 43 of 44 held-out one-sentence notes exactly, 1 of 4 with four
sentences.

Every topic is a set, diets included: people combine diets (a vegan with coeliac disease), and
merging sentences by union is the most restrictive safe rule (a plan honours every diet any
sentence stated; over-restricting costs variety, under-restricting serves what the user cannot
eat). On the wire each set is a JSON object of `"member": true` in the enum's declaration order
(`{"body_only":true,"dumbbell":true}`). Guided decoding cannot ask a JSON array for unique items,
and an undertrained model fills one with the same name; object keys in a fixed order can neither
repeat nor come out of order, so every decodable reading is canonical.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, Final

from pydantic import (
    BaseModel,
    ConfigDict,
    FieldSerializationInfo,
    field_serializer,
    field_validator,
)

from domain.plan.request import PlanRequest, low_carb_targets
from domain.profile import Allergen, BodyArea, Diet, Equipment

JsonSchema = dict[str, Any]

READING_SETS: Final[dict[str, type[StrEnum]]] = {
    "equipment": Equipment,
    "injuries": BodyArea,
    "allergies": Allergen,
    "diets": Diet,
}
"""The topics of a reading and their vocabularies, in wire order."""

WISHES_KEY: Final = "wishes"
"""The optional last key of a sentence's reading on the wire: the wishes it states
(`domain.prompt.parse_sentence_reading`); a `NotesReading` holds constraints only."""


class NotesReading(BaseModel):
    """The constraints a user's notes state; everything the notes do not mention stays empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    equipment: frozenset[Equipment] = frozenset()
    injuries: frozenset[BodyArea] = frozenset()
    allergies: frozenset[Allergen] = frozenset()
    diets: frozenset[Diet] = frozenset()

    @field_validator(*READING_SETS, mode="before")
    @classmethod
    def _from_flags(cls, value: object) -> object:
        """Accept the wire form `{"member": true}` (or a set, from Python); refuse lists.

        A list is what an unguided model writes when it ignores the format; accepting it would
        make the trained form one of two.
        """
        if isinstance(value, list | tuple):
            raise ValueError("a reading's set is an object of `true` flags, not a list")
        if not isinstance(value, dict):
            return value
        if not all(flag is True for flag in value.values()):
            raise ValueError("a reading's set is an object whose every value is `true`")
        return frozenset(value)

    @field_serializer(*READING_SETS)
    def _to_flags(self, value: frozenset[StrEnum], info: FieldSerializationInfo) -> dict[str, bool]:
        """Declaration order, so the target text is the one guided decoding can write."""
        return {str(member): True for member in READING_SETS[info.field_name] if member in value}

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, topic) for topic in READING_SETS)


NOTHING_READ: Final = NotesReading()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")


def note_sentences(notes: str) -> list[str]:
    """The sentences of a note, each read on its own: split after `.`, `!` or `?` and at lines.

    Returns:
        Non-blank sentences in order, inner whitespace collapsed; none for blank notes.
    """
    parts = (" ".join(part.split()) for part in _SENTENCE_END.split(notes))
    return [part for part in parts if part]


def merge_readings(readings: Iterable[NotesReading]) -> NotesReading:
    """One reading of a whole note from the readings of its sentences.

    Every topic is a union: each sentence names what it names, and a plan must honour all of it.
    A diet stated anywhere is kept even when another sentence states a different one ("I was
    vegetarian for years. Now I'm pescatarian" reads as both if the first sentence was misread
    as a diet): the plan then serves less, never what a stated diet forbids.
    """
    readings = list(readings)
    return NotesReading.model_validate(
        {
            topic: frozenset().union(*(getattr(reading, topic) for reading in readings))
            for topic in READING_SETS
        }
    )


def cautious_reading(first: NotesReading, second: NotesReading) -> NotesReading:
    """One reading of a note from two readers of it, by the most restrictive safe rule.

    Every allergy, injury and diet either reader read is kept, so a constraint one reader missed
    is still enforced; only equipment both read is kept, so a kit one reader invented is not
    planned with. Reading too much costs variety, reading too little a plan the user cannot
    follow: on 236 hand-written notes the quick SmolLM2 and the MiniLM reader each missed a
    constraint in 29 % and 21 % of them, together in 13 % (2026-12-01).
    """
    return NotesReading(
        equipment=first.equipment & second.equipment,
        injuries=first.injuries | second.injuries,
        allergies=first.allergies | second.allergies,
        diets=first.diets | second.diets,
    )


def reading_schema(wishes: JsonSchema | None = None) -> JsonSchema:
    """The JSON schema guided decoding of a reading runs under (llguidance dialect).

    Every set is an object with one optional `true` property per member, in declaration order, so
    decoding can only write each member once and in canonical order; compact JSON as trained.

    Args:
        wishes: The schema of the wishes a sentence may state after its constraints
            (`domain.plan.soft_preferences.WishVocabulary.schema`), an optional last property;
            None: a reading of constraints alone.
    """

    def flags(vocabulary: type[StrEnum]) -> JsonSchema:
        return {
            "type": "object",
            "properties": {str(member): {"const": True} for member in vocabulary},
            "additionalProperties": False,
        }

    properties = {topic: flags(vocabulary) for topic, vocabulary in READING_SETS.items()}
    if wishes is not None:
        properties[WISHES_KEY] = wishes
    return {
        "type": "object",
        "properties": properties,
        "required": list(READING_SETS),
        "additionalProperties": False,
        "x-guidance": {"whitespace_flexible": False},
    }


def reading_of(truth: PlanRequest, form: PlanRequest) -> NotesReading:
    """The perfect reading: every constraint of `truth` that `form` leaves blank.

    Args:
        truth: Everything the user needs, notes included.
        form: What the user entered in the structured form.

    Returns:
        The reading a model that understood the notes would write.
    """
    return NotesReading(
        equipment=frozenset() if form.equipment else truth.equipment,
        injuries=truth.injuries - form.injuries,
        allergies=truth.allergies - form.allergies,
        diets=truth.diets - form.diets,
    )


def apply_reading(form: PlanRequest, reading: NotesReading) -> PlanRequest:
    """The request serving enforces: the form's constraints plus what the model read.

    Reading only ever tightens: allergies, injuries and diets are unions, and equipment comes from
    the notes only when the form names none (none means body weight only).

    Args:
        form: What the user entered in the structured form.
        reading: The model's reading of the notes.

    Returns:
        The form tightened by `reading`; targets are recomputed for a newly read low-carb diet.
    """
    diets = form.diets | reading.diets
    targets = form.targets
    if Diet.low_carb in diets - form.diets:
        targets = low_carb_targets(targets)
    return form.model_copy(
        update={
            "allergies": form.allergies | reading.allergies,
            "injuries": form.injuries | reading.injuries,
            "equipment": form.equipment or reading.equipment,
            "diets": diets,
            "targets": targets,
        }
    )
