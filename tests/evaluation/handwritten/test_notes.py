"""The shipped hand-written notes: size, coverage, label rules that code can check, no leaks."""

from __future__ import annotations

from collections import Counter

import pytest

from domain.plan.reading import note_sentences
from domain.profile import Allergen, BodyArea, Diet, Equipment
from evaluation.handwritten import HandNote, load_hand_notes
from evaluation.handwritten.breakdown import NOTHING, TOPICS, note_groups
from evaluation.handwritten.tags import TAG_FAMILIES, Phenomenon
from tests.evaluation.handwritten.leaks import normal, training_sentences

NOTES = load_hand_notes()


def test_the_set_is_large_enough_and_unique() -> None:
    assert len(NOTES) >= 170
    assert len({normal(note.notes) for note in NOTES}) == len(NOTES)


@pytest.mark.parametrize("family", sorted(TAG_FAMILIES))
def test_every_tag_of_every_family_has_a_few_notes(family: str) -> None:
    counts = Counter(str(tag) for note in NOTES for tag in note.tags)
    assert {tag: counts[tag] for tag in map(str, TAG_FAMILIES[family]) if counts[tag] < 3} == {}


def test_every_topic_is_stated_and_about_a_fifth_state_nothing() -> None:
    groups = Counter(group for note in NOTES for group in note_groups(note))
    assert all(groups[f"states:{topic}"] >= 30 for topic in TOPICS)
    assert 0.15 <= groups[NOTHING] / len(NOTES) <= 0.25


def test_every_member_of_the_vocabulary_is_labelled_somewhere() -> None:
    labelled: set[object] = set().union(
        *(t.allergies | t.injuries | t.equipment | t.diets for t in (n.target for n in NOTES))
    )
    assert set(Allergen) <= labelled
    assert set(BodyArea) <= labelled
    assert set(Equipment) - {Equipment.other} <= labelled
    assert set(Diet) <= labelled


def _with(phenomenon: Phenomenon) -> list[HandNote]:
    return [note for note in NOTES if phenomenon in note.tags]


def test_labels_follow_the_rules_code_can_check() -> None:
    """README.md: equipment always includes body weight and never the `other` bin; a like or a
    dislike is kept in `beyond_vocabulary`; two diets label both, but for a part-time one."""
    for note in NOTES:
        equipment = note.target.equipment
        assert not equipment or Equipment.body_only in equipment, note.id
        assert Equipment.other not in equipment, note.id
    for note in _with(Phenomenon.preference):
        assert note.beyond_vocabulary, note.id
    for note in _with(Phenomenon.two_diets):
        assert len(note.target.diets) == 2 or note.beyond_vocabulary, note.id
    assert sum(len(note.target.diets) == 2 for note in NOTES) >= 4


def test_no_sentence_comes_from_the_training_phrasings_or_frames() -> None:
    training = training_sentences()
    assert normal("Shellfish allergy.") in training  # what the generator writes is seen
    assert normal("I'm allergic to prawns.") in training  # and so are composed frames
    leaked = [
        (note.id, sentence)
        for note in NOTES
        for sentence in note_sentences(note.notes)
        if normal(sentence) in training
    ]
    assert leaked == []
