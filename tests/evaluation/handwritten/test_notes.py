"""The shipped hand-written sets (the dev set and the held-out one): size, coverage, label rules
that code can check, no leaks, and no note in both."""

from __future__ import annotations

from collections import Counter

import pytest

from domain.plan.reading import note_sentences
from domain.profile import Allergen, BodyArea, Diet, Equipment
from evaluation.handwritten import HandNote, load_hand_notes
from evaluation.handwritten.breakdown import NOTHING, TOPICS, note_groups
from evaluation.handwritten.loader import HOLDOUT_FILE
from evaluation.handwritten.tags import TAG_FAMILIES, Phenomenon
from tests.evaluation.handwritten.leaks import normal, training_sentences

DEV = load_hand_notes()
HOLDOUT = load_hand_notes(HOLDOUT_FILE)
SETS = {"dev": DEV, "holdout": HOLDOUT}
MINIMUM = {"dev": (170, 30), "holdout": (100, 20)}
"""Per set: the fewest notes, and the fewest stating each topic."""
each_set = pytest.mark.parametrize("name", sorted(SETS))


@each_set
def test_the_set_is_large_enough_and_unique(name: str) -> None:
    notes = SETS[name]
    assert len(notes) >= MINIMUM[name][0]
    assert len({normal(note.notes) for note in notes}) == len(notes)


def test_no_note_or_id_is_in_both_sets() -> None:
    assert {normal(note.notes) for note in DEV}.isdisjoint(normal(note.notes) for note in HOLDOUT)
    assert {note.id for note in DEV}.isdisjoint(note.id for note in HOLDOUT)


@each_set
@pytest.mark.parametrize("family", sorted(TAG_FAMILIES))
def test_every_tag_of_every_family_has_a_few_notes(name: str, family: str) -> None:
    counts = Counter(str(tag) for note in SETS[name] for tag in note.tags)
    assert {tag: counts[tag] for tag in map(str, TAG_FAMILIES[family]) if counts[tag] < 3} == {}


@each_set
def test_every_topic_is_stated_and_about_a_fifth_state_nothing(name: str) -> None:
    notes = SETS[name]
    groups = Counter(group for note in notes for group in note_groups(note))
    assert all(groups[f"states:{topic}"] >= MINIMUM[name][1] for topic in TOPICS)
    assert 0.15 <= groups[NOTHING] / len(notes) <= 0.25


@each_set
def test_every_member_of_the_vocabulary_is_labelled_somewhere(name: str) -> None:
    labelled: set[object] = set().union(
        *(t.allergies | t.injuries | t.equipment | t.diets for t in (n.target for n in SETS[name]))
    )
    assert set(Allergen) <= labelled
    assert set(BodyArea) <= labelled
    assert set(Equipment) - {Equipment.other} <= labelled
    assert set(Diet) <= labelled


def _with(notes: list[HandNote], phenomenon: Phenomenon) -> list[HandNote]:
    return [note for note in notes if phenomenon in note.tags]


@each_set
def test_labels_follow_the_rules_code_can_check(name: str) -> None:
    """README.md: equipment always includes body weight and never the `other` bin; a like or a
    dislike is kept in `beyond_vocabulary`; two diets label both, but for a part-time one."""
    notes = SETS[name]
    for note in notes:
        equipment = note.target.equipment
        assert not equipment or Equipment.body_only in equipment, note.id
        assert Equipment.other not in equipment, note.id
    for note in _with(notes, Phenomenon.preference):
        assert note.beyond_vocabulary, note.id
    for note in _with(notes, Phenomenon.two_diets):
        assert len(note.target.diets) == 2 or note.beyond_vocabulary, note.id
    assert sum(len(note.target.diets) == 2 for note in notes) >= 3


@each_set
def test_no_sentence_comes_from_the_training_phrasings_or_frames(name: str) -> None:
    training = training_sentences()
    assert normal("Shellfish allergy.") in training  # what the generator writes is seen
    assert normal("I'm allergic to prawns.") in training  # and so are composed frames
    leaked = [
        (note.id, sentence)
        for note in SETS[name]
        for sentence in note_sentences(note.notes)
        if normal(sentence) in training
    ]
    assert leaked == []
