"""Injury rules: which movement patterns to avoid for each injured or sensitive body area.

A reviewed table, conservative on purpose: an exercise is allowed only if it has none of the
patterns excluded by any of the user's areas (patterns are tagged by `catalogs.exercise_rules`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from domain.catalog import Exercise, MovementPattern
from domain.profile import BodyArea

P = MovementPattern

EXCLUDED_PATTERNS: Mapping[BodyArea, frozenset[MovementPattern]] = MappingProxyType(
    {
        BodyArea.knee: frozenset({P.jumping, P.deep_knee_flexion, P.running}),
        BodyArea.lower_back: frozenset({P.heavy_hinge, P.spinal_loading}),
        # Dips and hanging pulls load the shoulder at its end range, as pressing overhead does.
        BodyArea.shoulder: frozenset({P.overhead_press, P.shoulder_end_range}),
        BodyArea.wrist: frozenset({P.loaded_wrist_extension}),
        # Tennis elbow is aggravated by loaded wrist extension as much as by heavy curls.
        BodyArea.elbow: frozenset({P.elbow_flexion_heavy, P.loaded_wrist_extension}),
        # Deep squats also flex the hip fully, which inflamed or impinged hips do not tolerate.
        BodyArea.hip: frozenset({P.hip_impact, P.deep_knee_flexion}),
        BodyArea.ankle: frozenset({P.jumping, P.running, P.hip_impact}),
        # A bar on the upper back loads the cervical spine too.
        BodyArea.neck: frozenset({P.neck_loading, P.spinal_loading}),
    }
)


def excluded_patterns(areas: Iterable[BodyArea]) -> frozenset[MovementPattern]:
    """The movement patterns to avoid for a set of injured areas.

    Args:
        areas: The user's injured or sensitive body areas (may be empty).

    Returns:
        The union of the patterns each area excludes.
    """
    return frozenset().union(*(EXCLUDED_PATTERNS[area] for area in areas))


def is_safe(exercise: Exercise, areas: Iterable[BodyArea]) -> bool:
    """Whether an exercise has none of the patterns the injured areas exclude."""
    return exercise.patterns.isdisjoint(excluded_patterns(areas))
