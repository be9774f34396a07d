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

The readers over-read too ("tree nuts r fine" read as a tree-nut allergy, "my wife is vegan" as
vegan): safe, but a plan without foods or exercises the user can have. So before the guards
read, what the notes clear in so many words is taken back (`without_cleared`); the guards then
read what the notes restrict, so a constraint stated anywhere in so many words comes back.
"""

from __future__ import annotations

from domain.plan.allergy_guard import cleared_allergies, with_named_allergies
from domain.plan.diet_guard import dated_diets, with_meat_free_diet, with_named_diets
from domain.plan.injury_guard import cleared_injuries, with_named_injuries
from domain.plan.kit_guard import with_listed_kit
from domain.plan.reading import NotesReading


def guarded(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` less what the notes clear in so many words (`without_cleared`), then
    tightened by every guard: diets first, so that the allergies a diet covers are not read
    again as allergies. What a guard reads comes back even where it was cleared."""
    reading = without_cleared(reading, notes)
    reading = with_named_diets(reading, notes)
    reading = with_meat_free_diet(reading, notes)
    reading = with_named_allergies(reading, notes)
    reading = with_named_injuries(reading, notes)
    return with_listed_kit(reading, notes)


def without_cleared(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` less the allergies and injuries the notes clear in so many words ("tree nuts r
    fine", "my knee is fine now") and the diets they name only as past or someone else's ("I
    went vegan in 2019", "my wife is vegan"): a reader's over-reads, safe but each a plan
    without foods or exercises the user can have."""
    kept = {
        "allergies": reading.allergies - cleared_allergies(notes),
        "injuries": reading.injuries - cleared_injuries(notes),
        "diets": reading.diets - dated_diets(notes),
    }
    if all(kept[topic] == getattr(reading, topic) for topic in kept):
        return reading
    return reading.model_copy(update=kept)
