from __future__ import annotations

from domain.catalog import Exercise, MovementPattern, Muscle
from domain.injuries import EXCLUDED_PATTERNS, excluded_patterns, is_safe
from domain.profile import BodyArea, Experience

P = MovementPattern


def _exercise(*patterns: MovementPattern) -> Exercise:
    return Exercise(
        id="x",
        name="X",
        level=Experience.beginner,
        primary_muscles=(Muscle.quadriceps,),
        category="strength",
        patterns=frozenset(patterns),
    )


def test_every_body_area_has_a_rule() -> None:
    assert set(EXCLUDED_PATTERNS) == set(BodyArea)
    assert all(EXCLUDED_PATTERNS[area] for area in BodyArea)


def test_knee_and_lower_back_rules() -> None:
    assert excluded_patterns([BodyArea.knee]) == {P.jumping, P.deep_knee_flexion, P.running}
    assert excluded_patterns([BodyArea.lower_back]) == {P.heavy_hinge, P.spinal_loading}
    assert excluded_patterns([BodyArea.shoulder]) == {P.overhead_press, P.shoulder_end_range}
    assert P.loaded_wrist_extension in excluded_patterns([BodyArea.wrist])


def test_areas_combine_by_union_and_none_excludes_nothing() -> None:
    both = excluded_patterns([BodyArea.knee, BodyArea.shoulder])
    assert both == excluded_patterns([BodyArea.knee]) | excluded_patterns([BodyArea.shoulder])
    assert excluded_patterns([]) == frozenset()


def test_is_safe() -> None:
    squat = _exercise(P.deep_knee_flexion, P.spinal_loading)
    assert not is_safe(squat, [BodyArea.knee])
    assert not is_safe(squat, [BodyArea.lower_back])
    assert is_safe(squat, [BodyArea.shoulder])
    assert is_safe(_exercise(), list(BodyArea))
