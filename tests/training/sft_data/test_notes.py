from __future__ import annotations

import random
import re

import pytest

from domain.catalog import Catalog
from domain.plan.reading import (
    NOTHING_READ,
    READING_SETS,
    NotesReading,
    merge_readings,
    note_sentences,
)
from domain.plan.soft_preferences import SoftPreferences
from domain.profile import Allergen, BodyArea, Diet, Equipment
from training.sft_data.notes import (
    FILLER_KEY,
    PhrasingPool,
    PhrasingSplit,
    Statement,
    as_read,
    note_text,
    split_phrasings,
    write_notes,
    write_statements,
)
from training.sft_data.phrasings import INJURY_PHRASINGS
from training.sft_data.profiles import NoteTopic, SyntheticProfile, generate_profiles
from training.sft_data.templates import FRAMES, NEGATIVE_FRAMES, TOPIC_TERMS


def _variants(phrasings: tuple[str, ...]) -> set[str]:
    """Every sentence a phrasing can become in notes: both sides, first letter capitalised (a
    wish's frame keeps its `{item}` slot)."""
    written = (p.replace("{side}", side) for p in phrasings for side in ("left", "right"))
    return {sentence[:1].upper() + sentence[1:] for sentence in written}


def _sentences(notes: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?]) ", notes) if s]


def _pool_sentences(split: PhrasingSplit, pool: PhrasingPool) -> set[str]:
    return set().union(*(_variants(p) for p in split.pool(pool).values()))


def test_pools_partition_every_key_disjointly() -> None:
    split = split_phrasings(seed=11)
    train, test = split.pool(PhrasingPool.train), split.pool(PhrasingPool.test)
    assert train.keys() == test.keys()
    assert ("injuries", "knee") in train and FILLER_KEY in train
    for key in train:
        assert train[key] and test[key], key
        assert not set(train[key]) & set(test[key]), key
    knee = set(train[("injuries", "knee")]) | set(test[("injuries", "knee")])
    assert set(INJURY_PHRASINGS[BodyArea.knee]) < knee
    assert "My {side} knee hurts." in knee  # composed from a frame and a term


def test_test_notes_are_new_sentence_shapes() -> None:
    """A frame is in one pool only: a test sentence is never a train frame with another term."""
    split = split_phrasings(seed=11)
    for topic in NoteTopic:
        shapes = {
            pool: {
                frame
                for frame in FRAMES[topic]
                for key, phrasings in split.pool(pool).items()
                if key[0] == str(topic)
                for phrasing in phrasings
                for term in TOPIC_TERMS[topic][key[1]]
                if phrasing == frame.replace("{term}", term)
            }
            for pool in PhrasingPool
        }
        assert shapes[PhrasingPool.train] and shapes[PhrasingPool.test], topic
        assert not shapes[PhrasingPool.train] & shapes[PhrasingPool.test], topic


def test_partition_is_seeded() -> None:
    assert split_phrasings(seed=5) == split_phrasings(seed=5)
    assert split_phrasings(seed=5) != split_phrasings(seed=6)


@pytest.mark.parametrize("fraction", [0.0, 1.0])
def test_fraction_must_leave_both_pools(fraction: float) -> None:
    with pytest.raises(ValueError, match="test_fraction"):
        split_phrasings(seed=0, test_fraction=fraction)


@pytest.fixture(scope="module")
def profiles(small_catalog: Catalog) -> list[SyntheticProfile]:
    return generate_profiles(small_catalog, count=400, seed=2)


def _frame_pattern(frame: str) -> re.Pattern[str]:
    """A frame as the sentences it writes: any terms in `{term}`, either side in `{side}`."""
    pattern = re.escape(frame[:1].upper() + frame[1:]).replace(re.escape("{term}"), ".+")
    return re.compile(pattern.replace(re.escape("{side}"), "(left|right)"))


def _stated_topics(statement: Statement) -> list[NoteTopic]:
    reading = statement.reading
    sizes = {
        NoteTopic.injuries: len(reading.injuries),
        NoteTopic.allergies: len(reading.allergies),
        NoteTopic.diet: len(reading.diets),
    }
    return [topic for topic, size in sizes.items() if size > 1]


def _entries(split: PhrasingSplit, pool: PhrasingPool) -> set[str]:
    return {entry for entries in split.pool(pool).values() for entry in entries}


def test_test_notes_use_only_held_out_phrasings(profiles: list[SyntheticProfile]) -> None:
    """Every sentence of a test note is written from test-pool phrasings and frames alone."""
    split = split_phrasings(seed=2)
    test, train = _entries(split, PhrasingPool.test), _entries(split, PhrasingPool.train)
    pool = split.pool(PhrasingPool.test)
    rng = random.Random(0)
    written = [write_statements(p, pool, rng) for p in profiles]
    assert sum(bool(statements) for statements in written) > len(profiles) / 2
    for statements in written:
        for statement in statements:
            assert statement.sources, statement
            assert all(s in test and s not in train for s in statement.sources), statement
            assert note_sentences(statement.sentence) == [statement.sentence]


def _written(profiles: list[SyntheticProfile]) -> list[tuple[SyntheticProfile, list[Statement]]]:
    pool = split_phrasings(seed=2).pool(PhrasingPool.train)
    return [(p, write_statements(p, pool, random.Random(p.id))) for p in profiles]


def test_notes_state_exactly_the_notes_only_constraints(profiles: list[SyntheticProfile]) -> None:
    joined = []
    for profile, statements in _written(profiles):
        stated = merge_readings(statement.reading for statement in statements)
        only = profile.notes_only
        assert stated.injuries == (profile.injuries if NoteTopic.injuries in only else set())
        assert stated.allergies == (profile.allergies if NoteTopic.allergies in only else set())
        assert stated.diets == (profile.diets if NoteTopic.diet in only else set())
        equipment = profile.equipment if NoteTopic.equipment in only else set()
        assert stated.equipment == equipment
        joined += [s for s in statements if _stated_topics(s)]
    # Several values in one sentence: "I'm allergic to eggs and peanuts."
    assert any(" and " in statement.sentence for statement in joined)
    assert {topic for s in joined for topic in _stated_topics(s)} == {
        NoteTopic.injuries,
        NoteTopic.allergies,
        NoteTopic.diet,
    }


def test_notes_say_what_people_say(profiles: list[SyntheticProfile]) -> None:
    """Kits of any mix, group words, constraints that are not the user's, two topics in one
    sentence, and typing slips all occur, each with the reading it must give."""
    statements = [s for _, written in _written(profiles) for s in written]
    kettlebell_alone = NotesReading(equipment={Equipment.body_only, Equipment.kettlebell})
    assert any(s.reading == kettlebell_alone for s in statements)
    assert any(
        s.reading.allergies >= {Allergen.fish, Allergen.shellfish} and "seafood" in s.sentence
        for s in statements
    )
    negatives = [s for s in statements if any(f in NEGATIVE_FRAMES[t] for t in NoteTopic
                                                for f in s.sources)]  # fmt: skip
    assert any(s.reading == NOTHING_READ for s in negatives)
    assert any(", but " in s.sentence and not s.reading.is_empty for s in negatives)
    topics = [sum(bool(getattr(s.reading, t)) for t in READING_SETS) for s in statements]
    assert max(topics) >= 2
    assert any(s.sentence[:1].islower() for s in statements)  # a slip: no capital


def test_pescatarian_in_words(profiles: list[SyntheticProfile]) -> None:
    profile = profiles[0].model_copy(
        update={"diets": frozenset({Diet.pescatarian}), "notes_only": frozenset({NoteTopic.diet})}
    )
    pool = split_phrasings(seed=0).pool(PhrasingPool.train)
    statements = write_statements(profile, pool, random.Random(1))
    assert merge_readings(s.reading for s in statements).diets == {Diet.pescatarian}
    stating = [s for s in statements if s.reading.diets]
    assert len(stating) == 1 and set(stating[0].sources) <= set(pool[("diet", "pescatarian")])
    assert set(_sentences(write_notes(profile, pool, random.Random(1)))) == {
        s.sentence for s in statements
    }


def test_every_phrasing_is_one_sentence_to_the_reader() -> None:
    """Serving reads a sentence at a time: a phrasing that split would lose its meaning."""
    split = split_phrasings(seed=0)
    for pool in PhrasingPool:
        for phrasings in split.pool(pool).values():
            for sentence in _variants(phrasings):
                assert note_sentences(sentence) == [sentence]


def test_statements_typed_without_a_full_stop_are_read_with_the_next() -> None:
    """Serving splits a note at full stops, so a run-on is one sentence to train on."""
    allergy = Statement("i cant eat wheat", NotesReading(allergies=frozenset({Allergen.gluten})))
    wish = Statement(
        "Oh and less cheese please?",
        NOTHING_READ,
        ("wish",),
        SoftPreferences(fewer_foods=("cheese",)),
    )
    knee = Statement("My knee hurts.", NotesReading(injuries=frozenset({BodyArea.knee})), ("k",))
    read = as_read([allergy, wish, knee])
    assert [s.sentence for s in read] == note_sentences(note_text([allergy, wish, knee]))
    assert read[0] == Statement(
        "i cant eat wheat Oh and less cheese please?",
        NotesReading(allergies=frozenset({Allergen.gluten})),
        ("wish",),
        SoftPreferences(fewer_foods=("cheese",)),
    )
    assert read[1] is knee
    assert as_read([knee, allergy]) == [knee, allergy]  # the last sentence needs no stop
