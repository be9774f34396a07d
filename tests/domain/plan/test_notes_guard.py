"""The guards together tighten a reading, and a diet they read covers its allergens."""

from __future__ import annotations

from domain.plan.notes_guard import guarded
from domain.plan.reading import NOTHING_READ
from domain.profile import Allergen, BodyArea, Diet, Equipment


def test_every_guard_tightens_the_same_reading() -> None:
    notes = "I do not eat meat or fish, no gym, and avoid amlonds. Dodgy left knee."
    assert guarded(NOTHING_READ, notes).model_dump() == {
        "equipment": {str(Equipment.body_only): True},
        "injuries": {str(BodyArea.knee): True},
        "allergies": {str(Allergen.tree_nuts): True},
        "diets": {str(Diet.vegetarian): True},
    }


def test_a_note_without_such_words_is_left_as_read() -> None:
    assert guarded(NOTHING_READ, "Love rowing, and salmon on Fridays.") is NOTHING_READ
