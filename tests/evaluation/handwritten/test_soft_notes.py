"""The soft-preference notes: the loader refuses malformed labels; the shipped set is large,
names only what the catalog has, follows the rules code can check, leaks no generator sentence."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan.exercises import TRAINING_CATEGORIES
from domain.plan.foods import matches
from domain.plan.reading import NotesReading, note_sentences
from domain.plan.soft_preferences import SoftPreferences
from domain.profile import Diet, Equipment
from evaluation.handwritten import HandNotesError, load_hand_notes
from evaluation.handwritten.soft_notes import SoftNote, load_soft_notes
from evaluation.handwritten.tags import Phenomenon, SoftPhenomenon
from tests.evaluation.handwritten.leaks import normal, training_sentences

GOOD = """\
- id: hs-001
  notes: "Vegan. Tofu every day please, and fewer lentils."
  soft: {favourite_foods: [tofu], fewer_foods: [lentils]}
  reading: {diets: [vegan]}
  tags: [plain, hard_dislike]
  beyond_vocabulary: ["hates okra"]
- id: hs-002
  notes: "squats r fun, planks r not"
  soft: {enjoyed_exercises: [Barbell Squat], boring_exercises: [Plank]}
  reading: {}
  tags: [texting, alias]
  beyond_vocabulary: []
"""


def _write(tmp_path: Path, text: str, name: str = "soft_notes.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_become_notes_with_their_wishes_and_reading(tmp_path: Path) -> None:
    first, second = load_soft_notes(_write(tmp_path, GOOD))
    assert first.soft == SoftPreferences(favourite_foods=("tofu",), fewer_foods=("lentils",))
    assert first.target == NotesReading(diets=frozenset({Diet.vegan}))
    assert first.tags[1] is SoftPhenomenon.hard_dislike
    assert first.beyond_vocabulary == ("hates okra",)
    assert second.soft.boring_exercises == ("Plank",)
    assert second.target == NotesReading()


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (
            "soft: {enjoyed_exercises: [Barbell Squat], boring_exercises: [Plank]}",
            "soft: {}",
            "1 to 3",
        ),
        (
            "boring_exercises: [Plank]}",
            "boring_exercises: [Plank, Crunches, Pushups]}",
            "1 to 3 wishes, this label has 4",
        ),
        ("boring_exercises: [Plank]", "boring_exercises: [barbell squat]", "both ways"),
        ("boring_exercises: [Plank]", "boring_exercises: [Plank, PLANK]", "twice"),
        ("boring_exercises: [Plank]", "boring_exercises: ['  ']", "blank"),
        ("boring_exercises: [Plank]", "boring_foods: [Plank]", "boring_foods"),
        ("id: hs-002", "id: hw-002", "id"),
        ("tags: [texting, alias]", "tags: [alias]", "register"),
    ],
)
def test_a_malformed_label_names_its_line(tmp_path: Path, old: str, new: str, reason: str) -> None:
    assert old in GOOD
    with pytest.raises(HandNotesError, match=rf"(?s)soft_notes\.yaml:7: .*{reason}"):
        load_soft_notes(_write(tmp_path, GOOD.replace(old, new)))


def test_the_reading_set_refuses_soft_tags(tmp_path: Path) -> None:
    text = GOOD.split("- id: hs-002")[0].replace("hs-001", "hw-001").replace("  soft: ", "  # ")
    with pytest.raises(HandNotesError, match=r"another file's families"):
        load_hand_notes(_write(tmp_path, text, "notes.yaml"))


NOTES = load_soft_notes()


@pytest.fixture(scope="module")
def real_catalog() -> Catalog:
    return load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", "data")))


def test_the_set_is_large_unique_and_covers_every_kind_of_wish() -> None:
    assert len(NOTES) >= 60
    assert len({note.id for note in NOTES}) == len(NOTES)
    assert len({normal(note.notes) for note in NOTES}) == len(NOTES)
    kinds: list[Callable[[SoftPreferences], tuple[str, ...]]] = [
        lambda soft: soft.favourite_foods,
        lambda soft: soft.fewer_foods,
        lambda soft: soft.enjoyed_exercises,
        lambda soft: soft.boring_exercises,
    ]
    assert all(sum(bool(kind(note.soft)) for note in NOTES) >= 10 for kind in kinds)
    with_hard = sum(not note.target.is_empty for note in NOTES)
    assert 15 <= with_hard <= len(NOTES) - 30


def test_every_term_names_something_a_plan_can_serve(real_catalog: Catalog) -> None:
    exercises = {
        ex.name.casefold()
        for ex in real_catalog.exercises
        if ex.category.casefold() in TRAINING_CATEGORIES
    }
    unknown = [
        (note.id, term)
        for note in NOTES
        for term in (*note.soft.favourite_foods, *note.soft.fewer_foods)
        if not any(matches(term, food) for food in real_catalog.everyday)
    ] + [
        (note.id, name)
        for note in NOTES
        for name in (*note.soft.enjoyed_exercises, *note.soft.boring_exercises)
        if name.casefold() not in exercises
    ]
    assert unknown == []


def _with(tag: Phenomenon | SoftPhenomenon) -> list[SoftNote]:
    return [note for note in NOTES if tag in note.tags]


def test_labels_follow_the_rules_code_can_check() -> None:
    """README.md: equipment always includes body weight and never `other`; a refusal, another
    person's wish and a wish the note's own constraints rule out are kept in `beyond_vocabulary`."""
    for note in NOTES:
        equipment = note.target.equipment
        assert not equipment or Equipment.body_only in equipment, note.id
        assert Equipment.other not in equipment, note.id
    for note in _with(SoftPhenomenon.hard_dislike):
        assert note.beyond_vocabulary, note.id
    assert len(_with(SoftPhenomenon.hard_dislike)) >= 3
    assert len(_with(Phenomenon.other_people)) >= 3


def test_no_sentence_comes_from_the_training_phrasings_or_frames() -> None:
    training = training_sentences()
    leaked = [
        (note.id, sentence)
        for note in NOTES
        for sentence in note_sentences(note.notes)
        if normal(sentence) in training
    ]
    assert leaked == []
