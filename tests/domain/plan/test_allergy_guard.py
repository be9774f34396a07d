"""The allergy guard reads allergies named in so many words, and only those a clause restricts."""

from __future__ import annotations

import pytest

from domain.plan.allergy_guard import named_allergies, with_named_allergies
from domain.plan.reading import NotesReading
from domain.profile import Allergen, BodyArea, Diet

A = Allergen


@pytest.mark.parametrize(
    ("notes", "allergies"),
    [
        ("Seafood allergy.", {A.fish, A.shellfish}),
        ("no milk no eggs no peanuts", {A.milk, A.egg, A.peanuts}),
        ("Vegan and coeliac.", {A.gluten}),
        ("alergic to peanutes and shelfish", {A.peanuts, A.shellfish}),
        ("Allergic to peanuts, eggs and sesame", {A.peanuts, A.egg, A.sesame}),
        ("I think sesame does something to my throat, so maybe not.", {A.sesame}),
        ("Tree nut allergy.", {A.tree_nuts}),
        ("Can't have soya milk, soy gives me a rash", {A.soy}),
        ("hey\nno dairy\nknees r bad", {A.milk}),
        ("avoid amlonds pls", {A.tree_nuts}),
        ("No diary, it bloats me.", {A.milk}),
        ("allergic to sesam and peanut", {A.sesame, A.peanuts}),
        ("Legumes set off my allergy.", {A.peanuts, A.soy}),
        ("eggs make me throw up", {A.egg}),
        ("Whey shakes give me a bloated stomach.", {A.milk}),
        ("dairy free please", {A.milk}),
        ("Noting with peanuts in it please.", {A.peanuts}),
        ("Anything from the sea makes me ill.", {A.fish, A.shellfish}),
        ("I'm lactose intolerant, and cutting back on bread, but that's my choice.", {A.milk}),
    ],
)
def test_allergies_named_beside_a_restricting_word_are_read(
    notes: str, allergies: set[Allergen]
) -> None:
    assert named_allergies(notes) == allergies


@pytest.mark.parametrize(
    ("notes", "allergies"),
    [
        ("I'm fine with nuts, but sesame is a big no.", {A.sesame}),
        ("Allergic to crustaceans and molluscs, fin fish are OK.", {A.shellfish}),
        ("My wife is allergic to nuts.", set()),
        ("I'm not allergic to eggs.", set()),
        ("I used to react to milk but grew out of it.", set()),
        ("I'm a bit sick of peanut butter.", set()),
        ("- peanut butter (spoon straight from the jar, no shame)", set()),
        ("Please no more lunges, and I eat fish but no meat.", set()),
        ("I could eat salmon every day.", set()),
        ("Gluten-free diet please.", set()),
        ("I avoid gluten as well (my choice, not medical).", set()),
        ("I follow a seafood-only pescatarian diet.", set()),
        ("Lacto-vegetarian: dairy yes, eggs no.", {A.egg}),
        ("Avoid the daily runs, my knees.", set()),
        ("Can't do glute bridges.", set()),
    ],
)
def test_what_a_clause_clears_or_only_mentions_is_not_read(
    notes: str, allergies: set[Allergen]
) -> None:
    assert named_allergies(notes) == allergies


def test_named_allergies_join_what_neither_the_reading_nor_its_diets_cover() -> None:
    knee = NotesReading(injuries=frozenset({BodyArea.knee}))
    assert with_named_allergies(knee, "Bad knee. Severe peanut allergy.") == knee.model_copy(
        update={"allergies": frozenset({A.peanuts})}
    )
    vegan = NotesReading(diets=frozenset({Diet.vegan}))
    assert with_named_allergies(vegan, "Vegan: no dairy, no eggs, no fish.") is vegan
    assert with_named_allergies(vegan, "Vegan, and no peanuts.").allergies == {A.peanuts}
