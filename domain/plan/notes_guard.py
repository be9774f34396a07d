"""Rule guards under the readers: what notes state in so many words is enforced even when a
reader misses it.

The learned readers miss constraints stated in the plainest words (a named allergy, "I do not
eat meat", "no kit"), and each miss is a plan the user cannot follow safely. Each guard reads one
kind of constraint by rule and only ever tightens the reading: allergies named beside a
restricting word (`allergy_guard`), a diet named or stated by refusing meat (`diet_guard`), a
body area named beside a word of hurt (`injury_guard`), and only the kit the notes list, or none
when they deny having any (`kit_guard`). Their over-reads cost variety,
never safety; serving applies them to every reader's reading, and evaluation scores readers
with and without them ("as served").
"""

from __future__ import annotations

from domain.plan.allergy_guard import with_named_allergies
from domain.plan.diet_guard import with_meat_free_diet, with_named_diets
from domain.plan.injury_guard import with_named_injuries
from domain.plan.kit_guard import with_listed_kit
from domain.plan.reading import NotesReading


def guarded(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` tightened by every guard: diets first, so that the allergies a diet covers
    are not read again as allergies."""
    reading = with_named_diets(reading, notes)
    reading = with_meat_free_diet(reading, notes)
    reading = with_named_allergies(reading, notes)
    reading = with_named_injuries(reading, notes)
    return with_listed_kit(reading, notes)
