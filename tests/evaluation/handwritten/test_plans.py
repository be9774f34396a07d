"""Soft notes join, round-robin, the first test form on which every wish can be honoured."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from domain.plan.reading import NotesReading, apply_reading
from domain.plan.soft_preferences import SoftPreferences
from domain.profile import Allergen, BodyArea, Diet, Equipment, Experience
from evaluation.handwritten.plans import hand_plan_examples, satisfiable
from evaluation.handwritten.soft_notes import SoftNote
from tests.domain.plan.factories import make_request
from tests.evaluation.factories import CATALOG, example

SALMON = SoftPreferences(favourite_foods=("salmon",))


def _note(note_id: str, soft: SoftPreferences, **reading: Any) -> SoftNote:
    return SoftNote(id=note_id, notes=f"note {note_id}", target=NotesReading(**reading), soft=soft)


def test_a_note_takes_the_first_form_from_its_index_that_fits() -> None:
    forms = [example("vegan", diets=frozenset({Diet.vegan})), example("any"), example("also-any")]
    note = _note("hs-001", SALMON, allergies=frozenset({Allergen.soy}))
    (made,) = hand_plan_examples(forms, CATALOG, notes=[note])
    assert made.id == "hand-hs-001"
    assert made.notes == "note hs-001"
    assert made.form == forms[1].form
    assert made.request == apply_reading(forms[1].form, note.target)
    assert made.request.allergies == {Allergen.soy}
    assert made.soft == SALMON


def test_notes_spread_over_the_forms_in_turn() -> None:
    forms = [example(f"f{index}", age=30 + index) for index in range(3)]
    notes = [_note(f"hs-00{index}", SALMON) for index in range(4)]
    made = hand_plan_examples(forms, CATALOG, notes=notes)
    assert [ex.form.age for ex in made] == [30, 31, 32, 30]


def test_a_note_no_form_fits_is_skipped_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    forms = [example("any"), example("pescatarian", diets=frozenset({Diet.pescatarian}))]
    notes = [_note("hs-001", SALMON, diets=frozenset({Diet.vegan})), _note("hs-002", SALMON)]
    with caplog.at_level(logging.WARNING, logger="evaluation.handwritten.plans"):
        made = hand_plan_examples(forms, CATALOG, notes=notes)
    assert [ex.id for ex in made] == ["hand-hs-002"]
    assert "1 soft notes fit no form" in caplog.text
    assert "hs-001" in caplog.text


TOFU = SoftPreferences(favourite_foods=("tofu",))


@pytest.mark.parametrize(
    ("reading", "other"),
    [
        ({"diets": frozenset({Diet.vegan})}, {"diets": frozenset({Diet.pescatarian})}),
        ({"equipment": frozenset({Equipment.body_only})}, {"equipment": frozenset(Equipment)}),
    ],
)
def test_a_form_stating_another_diet_or_kit_than_the_note_is_passed_over(
    reading: dict[str, Any], other: dict[str, Any]
) -> None:
    forms = [example("other", **other), example("blank", diets=frozenset(), equipment=frozenset())]
    (made,) = hand_plan_examples(forms, CATALOG, notes=[_note("hs-001", TOFU, **reading)])
    assert made.form == forms[1].form
    assert made.request == apply_reading(forms[1].form, NotesReading(**reading))


SQUAT = SoftPreferences(enjoyed_exercises=("barbell squat",))


@pytest.mark.parametrize(
    ("soft", "request_fields", "fits"),
    [
        (SALMON, {}, True),
        (SALMON, {"allergies": frozenset({Allergen.fish})}, False),
        (SALMON, {"disliked_foods": ("salmon fillet",)}, False),
        (SoftPreferences(favourite_foods=("kale",)), {}, False),
        (SQUAT, {}, True),
        (SQUAT, {"equipment": frozenset({Equipment.body_only})}, False),
        (SQUAT, {"injuries": frozenset({BodyArea.knee})}, False),
        (SoftPreferences(enjoyed_exercises=("Handstand Push-Ups",)), {}, False),
        (
            SoftPreferences(enjoyed_exercises=("Handstand Push-Ups",)),
            {"experience": Experience.expert},
            True,
        ),
        (SoftPreferences(enjoyed_exercises=("Box Jump",)), {}, False),
        (SoftPreferences(fewer_foods=("oats",)), {"diets": frozenset({Diet.gluten_free})}, True),
        (SoftPreferences(fewer_foods=("oats",)), {"liked_foods": ("Oats",)}, False),
        (SoftPreferences(boring_exercises=("Pushups",)), {"liked_exercises": ("pushups",)}, False),
    ],
)
def test_every_wish_must_be_satisfiable(
    soft: SoftPreferences, request_fields: dict[str, Any], fits: bool
) -> None:
    assert satisfiable(soft, make_request(**request_fields), CATALOG) is fits
