"""What the notes clear in so many words is taken back from a reading; nothing they restrict is."""

from __future__ import annotations

import pytest

from domain.plan.allergy_guard import cleared_allergies
from domain.plan.diet_guard import dated_diets
from domain.plan.injury_guard import cleared_injuries
from domain.plan.notes_guard import guarded, without_cleared
from domain.plan.reading import NotesReading
from domain.profile import Allergen, BodyArea, Diet

MEAT_FREE = {Diet.vegan, Diet.vegetarian, Diet.pescatarian}
"""Dated where the user says they eat meat, or everything."""


@pytest.mark.parametrize(
    ("notes", "cleared"),
    [
        ("anaphylactic to peanuts (carry 2 epipens). tree nuts r fine", {Allergen.tree_nuts}),
        ("Fish allergy, but shellfish is no problem.", {Allergen.shellfish}),
        ("The doctor cleared me for peanuts last year.", {Allergen.peanuts}),
        ("wheat is fine for me Groundnuts intolerance.", set()),  # two statements run together
        ("Nuts are fine. Almonds give me hives.", {Allergen.peanuts}),  # tree nuts named again
    ],
)
def test_allergies_cleared_in_so_many_words(notes: str, cleared: set[Allergen]) -> None:
    assert cleared_allergies(notes) == cleared


@pytest.mark.parametrize(
    ("notes", "cleared"),
    [
        ("My knee is fine now, the surgery in 2020 sorted it out completely.", {BodyArea.knee}),
        ("Old rugby injuries: shoulder's fine, neck still gets sore.", {BodyArea.shoulder}),
        ("Protect my hip, but no issues with my wrist.", {BodyArea.wrist}),
        ("Tree nuts is fine for me Kneecap and right shoulder injury.", set()),
        ("Left knee fine. Right knee sore.", set()),  # named again
    ],
)
def test_injuries_cleared_in_so_many_words(notes: str, cleared: set[BodyArea]) -> None:
    assert cleared_injuries(notes) == cleared


@pytest.mark.parametrize(
    ("notes", "dated"),
    [
        ("I went vegan in 2019 but started eating meat again last year.", MEAT_FREE),
        ("My son is allergic to eggs and my wife is vegan, but I eat everything.", MEAT_FREE),
        ("Not vegetarian anymore, I eat chicken again.", {Diet.vegetarian}),
        ("Vegan for five years, but now I eat everything.", MEAT_FREE),
        ("I eat meat, fish, eggs, dairy, the lot.", MEAT_FREE),
        ("My partner is vegetarian.", {Diet.vegetarian}),
        ("Low carb during the week and vegan always.", set()),  # two diets in one clause
        ("Boyfriend eats halal so we only cook halal meat at home.", set()),  # the household's
        ("Vegetarian for ten years, then started eating fish again.", set()),
        ("i love cooking on weekends I try to stay halal.", set()),  # a run-on, far apart
        ("I don't eat anything that comes from animals.", set()),
        ("I eat anything except meat.", set()),
    ],
)
def test_diets_named_only_as_past_or_someone_elses(notes: str, dated: set[Diet]) -> None:
    assert dated_diets(notes) == dated


def test_a_cleared_over_read_is_taken_back_and_a_restriction_comes_back() -> None:
    over = NotesReading(
        allergies=frozenset({Allergen.peanuts, Allergen.tree_nuts}),
        injuries=frozenset({BodyArea.knee}),
        diets=frozenset({Diet.vegan}),
    )
    notes = "Peanut allergy, tree nuts r fine. My knee is fine now. My wife is vegan."
    assert without_cleared(over, notes) == NotesReading(allergies=frozenset({Allergen.peanuts}))
    assert without_cleared(over, "Nothing to add.") is over
    stated = "My knee is fine now. My knee hurts on stairs though."
    assert guarded(NotesReading(injuries=frozenset({BodyArea.knee})), stated).injuries == {
        BodyArea.knee
    }
