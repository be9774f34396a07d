from __future__ import annotations

from collections import Counter

import pytest

from catalogs.exercises import parse_exercise
from domain.catalog import Catalog, MovementPattern, Muscle
from domain.injuries import is_safe
from domain.profile import BodyArea, Equipment, Experience

P = MovementPattern


def test_all_exercises_are_parsed(catalog: Catalog) -> None:
    assert len(catalog.exercises) == 873
    assert len(catalog.exercises_by_name) == 873


def test_equipment_is_mapped(catalog: Catalog) -> None:
    counts = Counter(ex.equipment for ex in catalog.exercises)
    assert counts[None] == 77
    assert counts[Equipment.body_only] == 111
    assert counts[Equipment.kettlebell] == 53
    assert counts[Equipment.ez_bar] == 9


def test_muscles_and_levels_are_mapped(catalog: Catalog) -> None:
    squat = catalog.exercise("barbell squat")
    assert squat is not None
    assert squat.primary_muscles == (Muscle.quadriceps,)
    assert Muscle.lower_back in squat.secondary_muscles
    assert squat.level is Experience.beginner
    assert squat.equipment is Equipment.barbell


@pytest.mark.parametrize(
    ("name", "has", "lacks"),
    [
        ("Barbell Squat", {P.deep_knee_flexion, P.spinal_loading}, {P.overhead_press}),
        ("Dumbbell Bicep Curl", {P.elbow_flexion_heavy}, {P.deep_knee_flexion, P.jumping}),
        ("Barbell Deadlift", {P.heavy_hinge, P.spinal_loading}, {P.jumping}),
        ("Box Jump (Multiple Response)", {P.jumping, P.hip_impact}, set()),
        ("Standing Military Press", {P.overhead_press, P.spinal_loading}, {P.deep_knee_flexion}),
        ("Running, Treadmill", {P.running, P.hip_impact}, {P.spinal_loading}),
        ("Palms-Down Wrist Curl Over A Bench", {P.loaded_wrist_extension}, {P.jumping}),
        ("Pushups", {P.loaded_wrist_extension}, {P.overhead_press}),
        ("Isometric Neck Exercise - Sides", {P.neck_loading}, set()),
        ("Leg Press", {P.deep_knee_flexion}, {P.spinal_loading}),
        ("Barbell Bench Press - Medium Grip", set(), {P.overhead_press, P.spinal_loading}),
        ("Child's Pose", set(), {P.heavy_hinge}),
        ("Lying Leg Curls", set(), {P.elbow_flexion_heavy}),
    ],
)
def test_movement_patterns(
    catalog: Catalog, name: str, has: set[MovementPattern], lacks: set[MovementPattern]
) -> None:
    exercise = catalog.exercise(name)
    assert exercise is not None
    assert has <= exercise.patterns
    assert not lacks & exercise.patterns


def test_injury_rules_on_real_exercises(catalog: Catalog) -> None:
    squat, curl = catalog.exercise("Barbell Squat"), catalog.exercise("Dumbbell Bicep Curl")
    assert squat is not None and curl is not None
    assert not is_safe(squat, [BodyArea.knee])
    assert is_safe(curl, [BodyArea.knee])
    assert not is_safe(curl, [BodyArea.elbow])
    knee_safe = [ex for ex in catalog.exercises if is_safe(ex, [BodyArea.knee])]
    assert 400 < len(knee_safe) < 873  # enough left to plan with, but something excluded


def test_unknown_equipment_fails_loudly() -> None:
    raw = {
        "id": "x",
        "name": "X",
        "level": "beginner",
        "equipment": "trampoline",
        "primaryMuscles": [],
        "secondaryMuscles": [],
        "category": "strength",
    }
    with pytest.raises(KeyError):
        parse_exercise(raw)
