"""The diet guard reads a diet from meat refused in so many words, and from nothing else."""

from __future__ import annotations

import pytest

from domain.plan.diet_guard import (
    meat_free_diet,
    named_diets,
    with_meat_free_diet,
    with_named_diets,
)
from domain.plan.reading import NotesReading
from domain.profile import Diet


@pytest.mark.parametrize(
    ("notes", "diet"),
    [
        ("as I do not eat meat or fish.", Diet.vegetarian),
        ("No meat, no fish, no dairy, but eggs are fine.", Diet.vegetarian),
        ("I don't eat meat.", Diet.vegetarian),
        ("meat-free for me, always", Diet.vegetarian),
        ("I don't eat meat but fish and seafood are fine.", Diet.pescatarian),
        ("I eat fish but no meat", Diet.pescatarian),
        ("Giving up meat for Lent, fish is allowed.", Diet.pescatarian),
        ("No meat except fish.", Diet.pescatarian),
    ],
)
def test_meat_refused_states_a_diet(notes: str, diet: Diet) -> None:
    assert meat_free_diet(notes) is diet


@pytest.mark.parametrize(
    "notes",
    [
        "No red meat; chicken and fish are fine.",
        "Muslim, I only eat halal meat.",
        "I eat meat, fish, eggs, dairy, the lot.",
        "Meat-free Mondays are a thing in our house.",
        "I used to not eat meat.",
        "My wife doesn't eat meat.",
        "I'm not a big meat eater.",
        "I went vegan in 2019 but started eating meat again last year.",
        "No meat substitutes please, I hate tofu.",
    ],
)
def test_one_meat_a_part_time_habit_or_someone_else_states_none(notes: str) -> None:
    assert meat_free_diet(notes) is None


def test_a_reading_with_a_covering_diet_is_left_alone() -> None:
    vegan = NotesReading(diets=frozenset({Diet.vegan}))
    assert with_meat_free_diet(vegan, "No meat, no fish.") is vegan
    pescatarian = NotesReading(diets=frozenset({Diet.pescatarian}))
    assert with_meat_free_diet(pescatarian, "Pescatarian, no meat.") is pescatarian
    assert with_meat_free_diet(pescatarian, "No meat or fish.").diets == {
        Diet.pescatarian,
        Diet.vegetarian,
    }
    assert with_meat_free_diet(pescatarian, "No meat, but fish is fine.") is pescatarian
    halal = NotesReading(diets=frozenset({Diet.halal}))
    assert with_meat_free_diet(halal, "I do not eat meat.").diets == {Diet.halal, Diet.vegetarian}


def test_a_pescatarian_reading_of_notes_silent_on_fish_gains_vegetarian() -> None:
    """The fine-tune's misread of test profile t00041: fish served to a vegetarian."""
    pescatarian = NotesReading(diets=frozenset({Diet.pescatarian}))
    notes = "I stopped eating meat years ago; cheese and eggs are okay."
    assert with_meat_free_diet(pescatarian, notes).diets == {Diet.pescatarian, Diet.vegetarian}


@pytest.mark.parametrize(
    ("notes", "diets"),
    [
        ("I'm pescatarian.", {Diet.pescatarian}),
        ("Please no more cable chest press, it's so dull, so I'm halal.", {Diet.halal}),
        ("keto atm", {Diet.low_carb}),
        ("Vegan and coeliac.", {Diet.vegan}),
        ("I'm pesco-vegetarian.", {Diet.pescatarian}),
        ("Veggie but I eat fish", {Diet.pescatarian}),
        ("Vegan for five years, but now I eat everything.", set()),
        ("My wife is vegan.", set()),
        ("She's the vegetarian in the house, I'm happy with anything.", set()),
        ("I'm not vegetarian anymore.", set()),
        ("I love vegan cheese.", set()),
        ("Mostly veggie.", set()),
        ("Fully plant-based since January.", {Diet.vegan}),
        ("kosher-ish, and gluten free", {Diet.gluten_free}),
        ("I buy gluten-free bread for my son.", set()),
    ],
)
def test_diets_named_as_the_users_own_now_are_read(notes: str, diets: set[Diet]) -> None:
    assert named_diets(notes) == diets


def test_a_named_diet_joins_a_reading_without_one_that_covers_it() -> None:
    vegan = NotesReading(diets=frozenset({Diet.vegan}))
    assert with_named_diets(vegan, "Vegetarian.") is vegan
    assert with_named_diets(NotesReading(), "Halal.").diets == {Diet.halal}
