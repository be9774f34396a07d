"""Tags of the hand-written notes: how a note is written, and what makes it hard to read.

Two families are written by hand in `notes.yaml`; a third (what the note states) is derived from
its target by `evaluation.handwritten.breakdown`, so it can never disagree with the label. The
soft-preference notes (`soft_notes.yaml`) may also carry `SoftPhenomenon` tags; which kinds of
wish a note states is read off its `soft` label, never tagged.
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


class SoftPhenomenon(StrEnum):
    """What makes a soft-preference note hard to label beyond the reading's phenomena."""

    alias = "alias"
    """Names a food or exercise otherwise than the catalog ("pressups", "squats", "PB")."""
    hard_dislike = "hard_dislike"
    """Also states a firm refusal, which is not a wish for fewer of it (README rule S2)."""


Tag = Register | Phenomenon | SoftPhenomenon

TAG_FAMILIES: Final[dict[str, type[StrEnum]]] = {"register": Register, "phenomenon": Phenomenon}
