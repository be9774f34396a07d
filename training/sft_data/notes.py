"""Free-text notes that state some of a profile's constraints only in words.

Phrasings are partitioned into a train pool and a held-out test pool: the hand-written sentences
per constraint value, and the sentence frames per topic that terms are composed into
(`templates`). Training and validation notes draw from the train pool and test notes from the
test pool, so evaluation measures whether the model understands new wordings rather than
recalls old ones.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.plan.reading import NOTHING_READ, NotesReading, merge_readings
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from domain.plan.wording import join
from domain.profile import Allergen, BodyArea, Diet
from training.sft_data.phrasings import FILLER_PHRASINGS, TOPIC_PHRASINGS
from training.sft_data.profiles import SETUP_EQUIPMENT, NoteTopic, Setup, SyntheticProfile
from training.sft_data.soft import SOFT_FRAMES, SoftKind, soft_items
from training.sft_data.templates import FRAMES, TOPIC_TERMS

FILLER_KEY = ("filler", "")
FILLER_PROBABILITY = 0.5
JOIN_PROBABILITY = 0.5
"""How often two or more values of one topic share a sentence ("allergic to eggs and nuts"):
readers trained on one value per sentence missed the second allergy of such sentences."""
JOINABLE_TOPICS = (NoteTopic.injuries, NoteTopic.allergies, NoteTopic.diet)

PhrasingKey = tuple[str, str]
"""(topic, value), e.g. ("injuries", "knee"); `FILLER_KEY` for sentences without constraints,
`soft_key(kind)` for the frames of a kind of wish, `frames_key(topic)` for a topic's frames."""


class PhrasingPool(StrEnum):
    train = "train"
    test = "test"


@dataclass(frozen=True)
class PhrasingSplit:
    """Phrasings per key, split into disjoint train and test pools."""

    pools: Mapping[PhrasingPool, Mapping[PhrasingKey, tuple[str, ...]]]

    def pool(self, name: PhrasingPool) -> Mapping[PhrasingKey, tuple[str, ...]]:
        return self.pools[name]


def _all_phrasings() -> dict[PhrasingKey, tuple[str, ...]]:
    table = {
        (str(topic), value): phrasings
        for topic, by_value in TOPIC_PHRASINGS.items()
        for value, phrasings in by_value.items()
    }
    table[FILLER_KEY] = FILLER_PHRASINGS
    return table


def _hold_out(
    items: tuple[str, ...], seed: str, test_fraction: float
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(train, test): a seeded share of `items` (at least one, never all) held out for test."""
    order = list(range(len(items)))
    # A string seed is hashed with SHA-512, so pools do not depend on PYTHONHASHSEED.
    random.Random(seed).shuffle(order)
    held_out = min(len(items) - 1, max(1, round(len(items) * test_fraction)))
    return (
        tuple(items[i] for i in sorted(order[held_out:])),
        tuple(items[i] for i in sorted(order[:held_out])),
    )


def _unique(phrasings: tuple[str, ...], but: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`phrasings` without repeats and without any of `but`, in first-seen order."""
    return tuple(dict.fromkeys(p for p in phrasings if p not in but))


def compose(frames: tuple[str, ...], terms: tuple[str, ...]) -> tuple[str, ...]:
    """Every frame with every term in its `{term}` slot (`{side}` is left for `write_notes`)."""
    return tuple(frame.replace("{term}", term) for frame in frames for term in terms)


def split_phrasings(*, seed: int, test_fraction: float = 0.3) -> PhrasingSplit:
    """Hold out a seeded share of each key's phrasings and of each topic's frames for test.

    Args:
        seed: Seed of the partition; the same seed always gives the same pools.
        test_fraction: Share of each key's hand-written phrasings, and of each topic's frames,
            held out (at least one, never all).

    Returns:
        The two pools; every key has phrasings in both and no phrasing is in both. A pool's
        phrasings for a constraint value are its hand-written ones plus its frames composed
        with every term of that value.

    Raises:
        ValueError: If `test_fraction` is not strictly between 0 and 1.
    """
    if not 0 < test_fraction < 1:
        raise ValueError(f"`test_fraction` must be in (0, 1), got {test_fraction}")
    frames = {
        str(topic): _hold_out(FRAMES[topic], f"{seed}/frames/{topic}", test_fraction)
        for topic in NoteTopic
    }
    train: dict[PhrasingKey, tuple[str, ...]] = {}
    test: dict[PhrasingKey, tuple[str, ...]] = {}
    for key, phrasings in _all_phrasings().items():
        train[key], test[key] = _hold_out(phrasings, f"{seed}/{key[0]}/{key[1]}", test_fraction)
        if key != FILLER_KEY:
            terms = TOPIC_TERMS[NoteTopic(key[0])][key[1]]
            train_frames, test_frames = frames[key[0]]
            train[key] = _unique(train[key] + compose(train_frames, terms))
            test[key] = _unique(test[key] + compose(test_frames, terms), but=train[key])
    for topic in JOINABLE_TOPICS:
        train[frames_key(topic)], test[frames_key(topic)] = frames[str(topic)]
    for kind, kind_frames in SOFT_FRAMES.items():
        key = soft_key(kind)
        train[key], test[key] = _hold_out(kind_frames, f"{seed}/{key[0]}/{key[1]}", test_fraction)
    return PhrasingSplit(pools={PhrasingPool.train: train, PhrasingPool.test: test})


def soft_key(kind: SoftKind) -> PhrasingKey:
    """The pool key of a kind of wish; its phrasings are frames with an `{item}` slot."""
    return ("soft", str(kind))


def frames_key(topic: NoteTopic) -> PhrasingKey:
    """The pool key of a topic's frames, for sentences that join several values."""
    return ("frames", str(topic))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _stated_values(profile: SyntheticProfile, topic: NoteTopic) -> list[str]:
    if topic is NoteTopic.injuries:
        return sorted(profile.injuries)
    if topic is NoteTopic.allergies:
        return sorted(profile.allergies)
    if topic is NoteTopic.diet:
        return sorted(profile.diets)
    return [str(profile.setup)]


@dataclass(frozen=True)
class Statement:
    """One sentence of a note and the constraint it states (nothing, for a filler)."""

    sentence: str
    reading: NotesReading


def _reading(topic: NoteTopic, value: str) -> NotesReading:
    """What a sentence about one constraint value states."""
    if topic is NoteTopic.injuries:
        return NotesReading(injuries=frozenset({BodyArea(value)}))
    if topic is NoteTopic.allergies:
        return NotesReading(allergies=frozenset({Allergen(value)}))
    if topic is NoteTopic.diet:
        return NotesReading(diets=frozenset({Diet(value)}))
    return NotesReading(equipment=SETUP_EQUIPMENT[Setup(value)])


def write_statements(
    profile: SyntheticProfile,
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
    soft: SoftPreferences = NO_SOFT_PREFERENCES,
) -> list[Statement]:
    """Write the notes of one profile sentence by sentence, with what each sentence states.

    Args:
        profile: The profile; its `notes_only` topics are the ones put into words.
        phrasings: One pool of a `PhrasingSplit`.
        rng: Seeded source of randomness for the choice and order of sentences.
        soft: The profile's wishes, one sentence each; they state no constraint.

    Returns:
        One statement per notes-only constraint value (or one for all values of a topic, now
        and then) and per wish, maybe a filler, in random order; empty when there is nothing
        to say.
    """
    statements = []
    for topic in NoteTopic:
        values = _stated_values(profile, topic) if topic in profile.notes_only else []
        if len(values) > 1 and topic in JOINABLE_TOPICS and rng.random() < JOIN_PROBABILITY:
            statements.append(_joined(topic, values, phrasings, rng))
            continue
        statements += [
            Statement(
                _sentence(rng.choice(phrasings[(str(topic), value)]), rng), _reading(topic, value)
            )
            for value in values
        ]
    statements += [
        Statement(
            _capitalised(rng.choice(phrasings[soft_key(kind)]).format(item=item)), NOTHING_READ
        )
        for kind, item in soft_items(soft)
    ]
    if rng.random() < FILLER_PROBABILITY:
        statements.append(Statement(rng.choice(phrasings[FILLER_KEY]), NOTHING_READ))
    rng.shuffle(statements)
    return statements


def _sentence(phrasing: str, rng: random.Random) -> str:
    return _capitalised(phrasing.format(side=rng.choice(("left", "right"))))


def _joined(
    topic: NoteTopic,
    values: Sequence[str],
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> Statement:
    """One sentence stating every value: a frame of the pool with the values' terms joined."""
    terms = join([rng.choice(TOPIC_TERMS[topic][value]) for value in values])
    frame = rng.choice(phrasings[frames_key(topic)])
    return Statement(
        _sentence(frame.replace("{term}", terms), rng),
        merge_readings(_reading(topic, value) for value in values),
    )


def write_notes(
    profile: SyntheticProfile,
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> str:
    """The notes of one profile as the user would type them: `write_statements`, joined."""
    return note_text(write_statements(profile, phrasings, rng))


def note_text(statements: Sequence[Statement]) -> str:
    """The sentences of a note as one text, the way a user types them."""
    return " ".join(statement.sentence for statement in statements)
