"""Regression tables for the movement-pattern rules, checked on the built free-exercise-db catalog.

Each row is an exercise an independent review found under-tagged (allowed for an injured area it
can hurt) or over-tagged by a look-alike word.
"""

from __future__ import annotations

import pytest

from domain.catalog import Catalog, MovementPattern
from domain.injuries import is_safe
from domain.profile import BodyArea

P = MovementPattern


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("Barbell Step Ups", P.deep_knee_flexion),  # "step ups" with a space
        ("Barbell Step Ups", P.spinal_loading),
        ("Dumbbell Step Ups", P.deep_knee_flexion),
        ("Leg Extensions", P.deep_knee_flexion),
        ("Rowing, Stationary", P.deep_knee_flexion),
        ("Bent Over Two-Dumbbell Row", P.heavy_hinge),
        ("Bent Over Two-Arm Long Bar Row", P.heavy_hinge),
        ("Two-Arm Kettlebell Row", P.heavy_hinge),
        ("Kettlebell Pass Between The Legs", P.heavy_hinge),
        ("Barbell Side Bend", P.spinal_loading),
        ("Sit-Up", P.spinal_loading),
        ("Barbell Ab Rollout", P.spinal_loading),
        ("Landmine 180's", P.spinal_loading),
        ("Standing Front Barbell Raise Over Head", P.overhead_press),
        ("Standing Dumbbell Straight-Arm Front Delt Raise Above Head", P.overhead_press),
        ("Bent-Arm Barbell Pullover", P.overhead_press),
        ("Upright Barbell Row", P.overhead_press),
        ("Upright Cable Row", P.overhead_press),
        ("Standing Dumbbell Triceps Extension", P.overhead_press),
        ("Seated Triceps Press", P.overhead_press),
        ("Lying Close-Grip Barbell Triceps Extension Behind The Head", P.overhead_press),
        ("Landmine Linear Jammer", P.overhead_press),
        ("One-Arm Medicine Ball Slam", P.overhead_press),
        ("Drop Push", P.loaded_wrist_extension),
        ("Isometric Wipers", P.loaded_wrist_extension),
        ("Body-Up", P.loaded_wrist_extension),
        ("Rack Delivery", P.loaded_wrist_extension),
        ("Close-Grip Dumbbell Press", P.loaded_wrist_extension),
        ("JM Press", P.loaded_wrist_extension),
        ("Incline Dumbbell Press", P.loaded_wrist_extension),
        ("Weighted Pull Ups", P.elbow_flexion_heavy),  # "pull ups" with a space
        ("Mixed Grip Chin", P.elbow_flexion_heavy),
        ("Rope Climb", P.elbow_flexion_heavy),
    ],
)
def test_risky_movements_are_tagged(catalog: Catalog, name: str, pattern: MovementPattern) -> None:
    exercise = catalog.exercise(name)
    assert exercise is not None
    assert pattern in exercise.patterns


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("Chin To Chest Stretch", P.elbow_flexion_heavy),
        ("Lying Close-Grip Barbell Triceps Press To Chin", P.elbow_flexion_heavy),
        ("One-Arm Dumbbell Row", P.heavy_hinge),  # supported on a bench
        ("Seated Cable Rows", P.heavy_hinge),
        ("Alternating Renegade Row", P.heavy_hinge),  # a plank, not a hinge
        ("Chin To Chest Stretch", P.shoulder_end_range),
        ("Wide-Grip Lat Pulldown", P.shoulder_end_range),  # seated, the load well below body weight
    ],
)
def test_look_alike_names_are_not_tagged(
    catalog: Catalog, name: str, pattern: MovementPattern
) -> None:
    exercise = catalog.exercise(name)
    assert exercise is not None
    assert pattern not in exercise.patterns


@pytest.mark.parametrize(
    ("area", "name"),
    [
        (BodyArea.knee, "Dumbbell Step Ups"),
        (BodyArea.lower_back, "Bent Over Two-Dumbbell Row"),
        (BodyArea.lower_back, "Barbell Side Bend"),
        (BodyArea.shoulder, "Standing Front Barbell Raise Over Head"),
        (BodyArea.shoulder, "Upright Cable Row"),
        (BodyArea.shoulder, "Dips - Triceps Version"),
        (BodyArea.shoulder, "Bench Dips"),
        (BodyArea.shoulder, "Pullups"),
        (BodyArea.shoulder, "Chin-Up"),
        (BodyArea.shoulder, "Muscle Up"),
        (BodyArea.shoulder, "Hanging Leg Raise"),
        (BodyArea.wrist, "Close-Grip EZ-Bar Press"),
        (BodyArea.elbow, "Weighted Pull Ups"),
        (BodyArea.neck, "Sit-Up"),
    ],
)
def test_injured_area_excludes_the_exercises_that_load_it(
    catalog: Catalog, area: BodyArea, name: str
) -> None:
    exercise = catalog.exercise(name)
    assert exercise is not None
    assert not is_safe(exercise, [area])
