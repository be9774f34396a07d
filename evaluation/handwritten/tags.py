"""Tags of the hand-written notes: how a note is written, and what makes it hard to read.

Two families are written by hand in `notes.yaml`; a third (what the note states) is derived from
its target by `evaluation.handwritten.breakdown`, so it can never disagree with the label.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Register(StrEnum):
    """How the note is written; every note has at least one."""

    terse = "terse"
    plain = "plain"
    rambling = "rambling"
    typos = "typos"
    slang = "slang"
    texting = "texting"
    formal = "formal"


class Phenomenon(StrEnum):
    """What a reader must get right beyond spotting a word."""

    units = "units"
    several_in_sentence = "several_in_sentence"
    negation = "negation"
    past_state = "past_state"
    future_state = "future_state"
    other_people = "other_people"
    hedge = "hedge"
    religious = "religious"
    category_word = "category_word"
    medical = "medical"
    preference = "preference"
    two_diets = "two_diets"
    mention_only = "mention_only"
    """Names an allergen, body part or piece of kit without stating a constraint on it."""


Tag = Register | Phenomenon

TAG_FAMILIES: Final[dict[str, type[StrEnum]]] = {"register": Register, "phenomenon": Phenomenon}
