from __future__ import annotations

from pathlib import Path

import pytest

from domain.plan.reading import NotesReading
from domain.profile import Allergen, Diet, Equipment
from evaluation.examples import ReadingExample
from evaluation.handwritten import HandNotesError, load_hand_notes
from evaluation.handwritten.tags import Phenomenon, Register

GOOD = """\
- id: hw-001
  notes: "Vegan, and a 12 kg kettlebell."
  reading: {equipment: &kb [body_only, kettlebell], diets: [vegan]}
  tags: [plain, units]
  beyond_vocabulary: []
- id: hw-002
  notes: |-
    no eggs
    same kettlebell
  reading: {equipment: *kb, allergies: [egg]}
  tags: [texting]
  beyond_vocabulary: ["dislikes olives"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notes.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_become_reading_examples_with_tags(tmp_path: Path) -> None:
    first, second = load_hand_notes(_write(tmp_path, GOOD))
    assert isinstance(first, ReadingExample)
    kettlebell = frozenset({Equipment.body_only, Equipment.kettlebell})
    assert first.target == NotesReading(equipment=kettlebell, diets=frozenset({Diet.vegan}))
    assert first.tags == (Register.plain, Phenomenon.units)
    assert second.notes == "no eggs\nsame kettlebell"
    assert second.target == NotesReading(equipment=kettlebell, allergies=frozenset({Allergen.egg}))
    assert second.beyond_vocabulary == ("dislikes olives",)


def _refused(path: Path, line: int, reason: str) -> None:
    with pytest.raises(HandNotesError, match=rf"(?s)notes\.yaml:{line}: .*{reason}"):
        load_hand_notes(path)


@pytest.mark.parametrize(
    ("old", "new", "line", "reason"),
    [
        ("diets: [vegan]", "diets: [keto]", 1, "diets"),
        ("diets: [vegan]", "diets: [vegan, vegan]", 1, "twice"),
        ("allergies: [egg]", "allergies: [peanut]", 6, "allergies"),
        ("allergies: [egg]", "allergies: [egg, egg]", 6, "twice"),
        ("allergies: [egg]", "allergies: [egg], dislikes: [olives]", 6, "dislikes"),
    ],
)
def test_a_bad_reading_names_its_line(
    tmp_path: Path, old: str, new: str, line: int, reason: str
) -> None:
    _refused(_write(tmp_path, GOOD.replace(old, new)), line, reason)


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("tags: [texting]", "tags: [units]", "register"),
        ("tags: [texting]", "tags: [texting, texting]", "repeats"),
        ("tags: [texting]", "tags: [texting, sarcasm]", "sarcasm"),
        ("id: hw-002", "id: hw-001", "already on line 1"),
        ("id: hw-002", "id: note-2", "id"),
        ('beyond_vocabulary: ["dislikes olives"]\n', "", "beyond_vocabulary"),
    ],
)
def test_a_bad_entry_names_its_line(tmp_path: Path, old: str, new: str, reason: str) -> None:
    _refused(_write(tmp_path, GOOD.replace(old, new)), 6, reason)


def test_a_note_without_a_sentence_is_refused(tmp_path: Path) -> None:
    blank = GOOD.replace('"Vegan, and a 12 kg kettlebell."', '"   "')
    _refused(_write(tmp_path, blank), 1, "sentence")


@pytest.mark.parametrize("text", ["id: hw-001\n", "- id: [unclosed\n"])
def test_a_file_that_is_not_a_list_of_notes_is_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(HandNotesError, match=r"notes\.yaml: "):
        load_hand_notes(_write(tmp_path, text))
