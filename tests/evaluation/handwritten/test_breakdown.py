from __future__ import annotations

from pathlib import Path

import pytest

from domain.plan.reading import NotesReading
from domain.profile import Allergen, Diet
from evaluation.handwritten import HandNote, breakdown_table, group_results, write_breakdown
from evaluation.handwritten.breakdown import note_groups
from evaluation.handwritten.tags import Phenomenon, Register
from evaluation.metrics.reading import ReadingResult

EGG = NotesReading(allergies=frozenset({Allergen.egg}))
VEGAN_NO_EGG = EGG.model_copy(update={"diets": frozenset({Diet.vegan})})
NOTES = [
    HandNote("a", "Vegan, no eggs.", VEGAN_NO_EGG, (Register.terse,)),
    HandNote("b", "My wife is vegan.", NotesReading(), (Register.plain, Phenomenon.other_people)),
    HandNote("c", "no eggs, no olives", EGG, (Register.terse,), ("no olives",)),
]


def _result(note_id: str, *, exact: bool, unsafe: tuple[str, ...] = ()) -> ReadingResult:
    return ReadingResult(
        example_id=note_id, candidate="m", notes="", output="", exact=exact, unsafe=unsafe,
        latency_s=0.1,
    )  # fmt: skip


RESULTS = [
    _result("a", exact=True),
    _result("b", exact=False),  # read a diet into someone else's: too much, not unsafe
    _result("c", exact=False, unsafe=("missed allergy egg",)),
]


def test_groups_are_the_tags_then_what_the_target_states() -> None:
    assert note_groups(NOTES[0]) == ("terse", "states:allergies", "states:diets")
    assert note_groups(NOTES[1]) == ("plain", "other_people", "states:nothing")
    assert note_groups(NOTES[2])[-1] == "beyond_vocabulary"


def test_results_are_grouped_overall_then_in_a_fixed_order() -> None:
    groups = group_results(NOTES, list(reversed(RESULTS)))
    assert list(groups) == [
        "all", "terse", "plain", "other_people", "states:allergies", "states:diets",
        "states:nothing", "beyond_vocabulary",
    ]  # fmt: skip
    assert [r.example_id for r in groups["all"]] == ["a", "b", "c"]
    assert [r.example_id for r in groups["terse"]] == ["a", "c"]
    with pytest.raises(ValueError, match="no reading result for 1 notes"):
        group_results(NOTES, RESULTS[:2])


def test_the_table_shows_rates_with_wilson_intervals(tmp_path: Path) -> None:
    table = write_breakdown(NOTES, RESULTS, tmp_path / "tags.md")
    assert (tmp_path / "tags.md").read_text(encoding="utf-8") == table
    lines = table.splitlines()
    assert lines[0] == "| group | notes | exact (95 % CI) | unsafe (95 % CI) |"
    assert lines[2] == "| all | 3 | 33.3% (6.1%–79.2%) | 33.3% (6.1%–79.2%) |"
    assert "| other_people | 1 | 0.0% (0.0%–79.3%) | 0.0% (0.0%–79.3%) |" in lines
    assert table == breakdown_table(group_results(NOTES, RESULTS))
