"""Meat refused in so many words: a guard under the readers for the diet they miss most plainly.

The readers learned diets from their names ("vegetarian", "pescatarian"); people often state one
by what they do not eat, and both readers missed it on hand-written notes ("as I do not eat meat
or fish" read as no diet, 2026-12-02), so serving planned meat for a vegetarian. A clause that
refuses meat ("no meat", "I don't eat meat", "giving up meat for Lent") states a diet:

- pescatarian when another clause allows fish ("fish is fine", "I eat fish but no meat");
- vegetarian otherwise: fish refused too ("meat or fish"), or not mentioned (the stricter reading
  of a bare "I don't eat meat").

A rule against one meat ("no red meat", "no pork", "halal meat only") is not this diet, nor is a
part-time one ("meat-free Mondays", "mostly no meat"), nor someone else's or a past one.
"""

from __future__ import annotations

import re
from typing import Final

from domain.plan.allergy_guard import RESTRICTS
from domain.plan.clauses import SOMEONE_ELSE_OR_PAST, any_word, clauses
from domain.plan.reading import NotesReading, note_sentences
from domain.profile import Diet

_MEAT: Final = re.compile(
    r"(?<!red )(?<!processed )(?<!white )(?<!halal )(?<!zabiha )(?<!kosher )"
    r"\bmeats?\b(?!-| (?:substitutes?|alternatives?|eater))",
    re.IGNORECASE,
)
_MEAT_FREE: Final = re.compile(r"\bmeat[- ]?free\b|\bmeatless\b", re.IGNORECASE)
_FISH: Final = any_word(("fish", "sea ?food", "salmon", "tuna", "prawns?", "shrimps?"))
_REFUSES: Final = any_word(
    (
        "no",
        "not",
        r"don'?t",
        "do not",
        r"doesn'?t",
        "never",
        "without",
        "none",
        "zero",
        r"won'?t",
        r"giv(?:e|ing) up",
        "gave up",
        r"cut(?:ting)? out",
        "stopped eating",
        r"quit\w*",
    )
)
_NOT_THIS_DIET: Final = any_word(
    (
        *SOMEONE_ELSE_OR_PAST,
        "again",
        "mostly",
        "flexitarian",
        "sometimes",
        "occasionally",
        "once",
        "twice",
        r"\w+days?",
        r"weekends?",
        "big",
        "much",
        "fan",
        "less",
        r"cut(?:ting)? down",
        r"reduc\w+",
    )
)
"""Words that make a clause about a part-time habit, eating less, someone else or the past."""


def meat_free_diet(notes: str) -> Diet | None:
    """The diet the notes state by refusing meat, if any (see module)."""
    meat_refused, fish_refused, fish_allowed = _refusals(notes)
    if not meat_refused:
        return None
    return Diet.pescatarian if fish_allowed and not fish_refused else Diet.vegetarian


def with_meat_free_diet(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with the diet the notes state by refusing meat, unless it reads one as strict.

    A pescatarian reading stands unless the notes refuse fish too: "Pescatarian, no meat" names
    no fish, and the reader read the diet the notes named.
    """
    diet = meat_free_diet(notes)
    if diet is None:
        return reading
    covering = {Diet.vegan, Diet.vegetarian}
    if not _refusals(notes)[1]:
        covering.add(Diet.pescatarian)
    if reading.diets & covering:
        return reading
    return reading.model_copy(update={"diets": reading.diets | {diet}})


def _refusals(notes: str) -> tuple[bool, bool, bool]:
    """Whether the notes refuse meat, refuse fish, and allow fish, each in some clause."""
    meat_refused = fish_refused = fish_allowed = False
    for sentence in note_sentences(notes):
        for clause in clauses(sentence):
            if _NOT_THIS_DIET.search(clause):
                continue
            refuses = bool(_REFUSES.search(clause) or RESTRICTS.search(clause))
            if _MEAT_FREE.search(clause) or (refuses and _MEAT.search(clause)):
                meat_refused = True
            if _FISH.search(clause):
                fish_refused |= refuses
                fish_allowed |= not refuses
    return meat_refused, fish_refused, fish_allowed
