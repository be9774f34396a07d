"""The kit guard keeps only the kit notes list, or body weight where they deny having any."""

from __future__ import annotations

import pytest

from domain.plan.kit_guard import listed_kit, with_listed_kit
from domain.plan.reading import NotesReading
from domain.profile import Equipment as E

FULL_GYM = NotesReading(equipment=frozenset(E) - {E.other})


@pytest.mark.parametrize(
    ("notes", "kit"),
    [
        ("no gym no kit, just me n the floor", set()),
        ("I don't own any equipment, I work out in the park.", set()),
        ("Zero kit.", set()),
        ("bodyweight only pls", set()),
        ("home workouts only, got nothing", set()),
        ("I gave up the gym, its all bodyweight now", set()),
        ("Getting a kettlebell next month; right now I have nothing.", set()),
        ("No gym, but I have dumbbells at home.", {E.dumbbell}),
        ("no equipment apart from a pair of kettlebells", {E.kettlebell}),
        (
            "The gym at work has a few machines, a cable stack and dumbbells.",
            {E.machine, E.cable, E.dumbbell},
        ),
        (
            "Garage gym: barbell and plates, a bench, and adjustable dumbbells.",
            {E.barbell, E.dumbbell},
        ),
        ("home: 2x 10lb dumbbells + bands", {E.dumbbell, E.bands}),
        ("Kettlebels 12 and 16kg, plus bands", {E.kettlebell, E.bands}),
        ("Barbell and plates at home, no dumbbells.", {E.barbell}),
        (
            "The leisure centre gym has machines, cables and dumbbells.",
            {E.machine, E.cable, E.dumbbell},
        ),
        ("home: dumbbells and bands. gym: none", {E.dumbbell, E.bands}),
        ("Bouldering gym only, no weights.", set()),
        ("Office gym: cables and kettlebells, no barbells or dumbbells", {E.cable, E.kettlebell}),
    ],
)
def test_listed_or_denied_kit_is_read(notes: str, kit: set[E]) -> None:
    assert listed_kit(notes) == {E.body_only, *kit}


@pytest.mark.parametrize(
    "notes",
    [
        "Gym three times a week.",
        "A commercial gym with everything; I love the cable machine.",
        "Barbells, cables and machines at my gym.",
        "I have nothing against kettlebells.",
        "My brother has a full home gym but he lives two hours away.",
        "Dumbbell curls are my favourite.",
        "Dumbbells at home, and I love calf raises on the smith machine.",
        "Bad knee.",
    ],
)
def test_a_full_gym_an_exercise_or_nothing_about_kit_reads_nothing(notes: str) -> None:
    assert listed_kit(notes) is None


def test_only_listed_kit_is_kept_of_what_was_read() -> None:
    assert with_listed_kit(FULL_GYM, "no gym no kit").equipment == {E.body_only}
    assert with_listed_kit(FULL_GYM, "Hotel gym: dumbbells.").equipment == {E.body_only, E.dumbbell}
    assert with_listed_kit(FULL_GYM, "Gym three times a week.") is FULL_GYM
    nothing = NotesReading()
    assert with_listed_kit(nothing, "Dumbbells at home.") is nothing
