"""The kit guard reads body weight only from notes that deny having kit and name none."""

from __future__ import annotations

import pytest

from domain.plan.kit_guard import denies_all_kit, with_body_weight_only
from domain.plan.reading import NotesReading
from domain.profile import Equipment as E


@pytest.mark.parametrize(
    "notes",
    [
        "no gym no kit, just me n the floor",
        "I don't own any equipment, I work out in the park.",
        "Zero kit.",
        "bodyweight only pls",
        "home workouts only, got nothing",
        "I gave up the gym, its all bodyweight now",
    ],
)
def test_denied_kit_is_read(notes: str) -> None:
    assert denies_all_kit(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "No gym, but I have dumbbells at home.",
        "no equipment apart from a pair of kettlebells",
        "Gym three times a week.",
        "I have nothing against kettlebells.",
        "My brother has a full home gym but he lives two hours away, so it's bodyweight for me.",
        "Bad knee.",
    ],
)
def test_kit_named_or_no_denial_reads_nothing(notes: str) -> None:
    assert not denies_all_kit(notes)


def test_body_weight_replaces_the_kit_a_reader_read() -> None:
    gym = NotesReading(equipment=frozenset({E.body_only, E.barbell, E.machine}))
    assert with_body_weight_only(gym, "no gym no kit").equipment == {E.body_only}
    assert with_body_weight_only(gym, "Gym three times a week.") is gym
