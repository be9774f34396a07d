"""Plan examples from the soft-preference notes: each note joined to a test form it can live on.

A hand-written note has no profile of its own, so it borrows the form of a held-out example; the
form must leave every wish of the note satisfiable, or a plan would be scored on a wish nobody
could honour (a vegan form for "could eat salmon daily", no barbell for "I love squatting"), and
must not contradict the note's hard reading (a pescatarian form for a note saying "vegan").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from domain.catalog import Catalog
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods, matches, matches_any
from domain.plan.reading import NotesReading, apply_reading
from domain.plan.request import PlanRequest
from domain.plan.soft_preferences import SoftPreferences
from evaluation.examples import EvalExample
from evaluation.handwritten.soft_notes import SoftNote, load_soft_notes

log = logging.getLogger(__name__)

ID_PREFIX = "hand-"


def satisfiable(soft: SoftPreferences, request: PlanRequest, catalog: Catalog) -> bool:
    """Whether a plan for `request` can honour every wish of `soft` together.

    Favourites and enjoyed exercises need an allowed food or exercise; a wish for less needs the
    request not to like it (a liked food the user is tired of is a contradiction, not a test).
    """
    foods = allowed_foods(catalog.everyday, request)
    exercises = {ex.name.casefold() for ex in allowed_exercises(catalog.exercises, request)}
    liked_exercises = {name.strip().casefold() for name in request.liked_exercises}
    return (
        all(any(matches(term, food) for food in foods) for term in soft.favourite_foods)
        and all(name.strip().casefold() in exercises for name in soft.enjoyed_exercises)
        and not any(
            matches_any(soft.fewer_foods, food) and matches_any(request.liked_foods, food)
            for food in catalog.everyday
        )
        and not any(name.strip().casefold() in liked_exercises for name in soft.boring_exercises)
    )


def agrees(form: PlanRequest, reading: NotesReading) -> bool:
    """Whether the form leaves room for what the note reads: a set of equipment is stated once,
    so a form naming another would silently win over the note (`apply_reading`); a form naming
    a diet the note does not would make a user who contradicts their own note. Allergies and
    injuries add up, so any form agrees on them."""
    diets_agree = not reading.diets or form.diets <= reading.diets
    kit_agrees = not reading.equipment or form.equipment in (frozenset(), reading.equipment)
    return diets_agree and kit_agrees


def hand_plan_examples(
    forms: Sequence[EvalExample],
    catalog: Catalog,
    *,
    notes: Sequence[SoftNote] | None = None,
) -> list[EvalExample]:
    """One plan example per soft note that some form fits, in note order.

    Note `i` tries the forms round-robin from `forms[i % len(forms)]` and takes the first that
    agrees with its hard reading and whose true request (the form tightened by that reading)
    leaves all its wishes satisfiable, so the pairing is deterministic and spreads notes over the
    forms.

    Args:
        forms: Held-out examples (the test split); only their `form` is used.
        catalog: The catalog plans are made from.
        notes: The notes to pair (default: the shipped `soft_notes.yaml`).

    Returns:
        Examples `hand-<note id>` with the hand-written text as notes; notes no form fits are
        skipped and counted in a warning.
    """
    notes = load_soft_notes() if notes is None else notes
    examples: list[EvalExample] = []
    skipped: list[str] = []
    for index, note in enumerate(notes):
        for step in range(len(forms)):
            form = forms[(index + step) % len(forms)].form
            request = apply_reading(form, note.target)
            if agrees(form, note.target) and satisfiable(note.soft, request, catalog):
                examples.append(
                    EvalExample(
                        id=f"{ID_PREFIX}{note.id}",
                        notes=note.notes,
                        form=form,
                        request=request,
                        soft=note.soft,
                    )
                )
                break
        else:
            skipped.append(note.id)
    if skipped:
        log.warning("%d soft notes fit no form and are skipped: %s", len(skipped), skipped)
    return examples
