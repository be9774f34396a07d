"""Parser for free-exercise-db's exercises.json, normalised to `domain.catalog.Exercise`."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from catalogs.exercise_rules import EXERCISE_RULES, ExerciseRule
from domain.catalog import Exercise, MovementPattern, Muscle
from domain.profile import Equipment, Experience

EQUIPMENT: dict[str | None, Equipment | None] = {
    None: None,
    "body only": Equipment.body_only,
    "dumbbell": Equipment.dumbbell,
    "barbell": Equipment.barbell,
    "kettlebells": Equipment.kettlebell,
    "cable": Equipment.cable,
    "machine": Equipment.machine,
    "bands": Equipment.bands,
    "medicine ball": Equipment.medicine_ball,
    "exercise ball": Equipment.exercise_ball,
    "e-z curl bar": Equipment.ez_bar,
    "foam roll": Equipment.foam_roll,
    "other": Equipment.other,
}


def _muscle(name: str) -> Muscle:
    return Muscle(name.replace(" ", "_"))


@dataclass(frozen=True)
class _CompiledRule:
    rule: ExerciseRule
    name: re.Pattern[str] | None
    unless: re.Pattern[str] | None

    def holds(self, exercise: Exercise) -> bool:
        rule, folded = self.rule, exercise.name.casefold()
        return (
            (self.name is None or self.name.search(folded) is not None)
            and (self.unless is None or self.unless.search(folded) is None)
            and (rule.categories is None or exercise.category in rule.categories)
            and (
                rule.primary_muscles is None
                or not rule.primary_muscles.isdisjoint(exercise.primary_muscles)
            )
            and (rule.equipment is None or exercise.equipment in rule.equipment)
        )


@cache
def _rules() -> tuple[_CompiledRule, ...]:
    return tuple(
        _CompiledRule(
            rule,
            re.compile(rule.name) if rule.name is not None else None,
            re.compile(rule.unless) if rule.unless is not None else None,
        )
        for rule in EXERCISE_RULES
    )


def patterns_of(exercise: Exercise) -> frozenset[MovementPattern]:
    """The movement patterns the reviewed rule table assigns to one exercise."""
    return frozenset(p for rule in _rules() if rule.holds(exercise) for p in rule.rule.patterns)


def parse_exercise(raw: dict[str, Any]) -> Exercise:
    """Normalise one free-exercise-db record and tag its movement patterns.

    Args:
        raw: One object of exercises.json.

    Returns:
        The exercise with equipment, muscles and level mapped to the domain enums.

    Raises:
        KeyError: The record names equipment this module does not know.
        ValueError: The record names an unknown muscle or level.
    """
    exercise = Exercise(
        id=raw["id"],
        name=raw["name"].strip(),
        force=raw.get("force"),
        level=Experience(raw["level"]),
        mechanic=raw.get("mechanic"),
        equipment=EQUIPMENT[raw.get("equipment")],
        primary_muscles=tuple(_muscle(m) for m in raw["primaryMuscles"]),
        secondary_muscles=tuple(_muscle(m) for m in raw["secondaryMuscles"]),
        category=raw["category"],
        instructions=tuple(raw.get("instructions", ())),
    )
    return exercise.model_copy(update={"patterns": patterns_of(exercise)})


def parse_exercises(path: Path) -> list[Exercise]:
    """Every exercise of free-exercise-db's exercises.json, in file order."""
    records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [parse_exercise(raw) for raw in records]
