"""Free-text notes that state some of a profile's constraints only in words.

Phrasings are partitioned into a train pool and a held-out test pool: the hand-written sentences
per constraint value, and the sentence frames per topic that terms are composed into
(`templates`). Training and validation notes draw from the train pool and test notes from the
test pool, so evaluation measures whether the model understands new wordings rather than
recalls old ones.

Notes are composed, not one template per fact (issue #14): home kits list any mix of items, a
group of allergens is named by its word ("seafood"), a sentence may name a constraint that is not
the user's ("my wife is vegan", "my knee is fine now", "I might buy a kettlebell") on its own or
after a statement (", but tree nuts are fine"), two statements share a sentence, and some
sentences carry typing slips (`noise`). Each statement keeps the pool entries it was written from
(`Statement.sources`), so a test note is provably written from the test pool alone.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from domain.plan.reading import NOTHING_READ, NotesReading, merge_readings
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences, merge_wishes
from domain.plan.wording import join
from domain.profile import Allergen, BodyArea, Diet, Equipment
from training.sft_data.noise import noisy
from training.sft_data.phrasings import FILLER_PHRASINGS, TOPIC_PHRASINGS
from training.sft_data.profiles import SETUP_EQUIPMENT, NoteTopic, Setup, SyntheticProfile
from training.sft_data.soft import SOFT_FRAMES, SoftKind, soft_items
from training.sft_data.templates import (
    CATEGORY_TERMS,
    FRAMES,
    KIT_TERMS,
    NEGATIVE_FRAMES,
    PEOPLE,
    TOPIC_TERMS,
    UNLABELLED_KIT_TERMS,
)

FILLER_KEY = ("filler", "")
FILLER_PROBABILITY = 0.5
JOIN_PROBABILITY = 0.5
"""How often two or more values of one topic share a sentence ("allergic to eggs and nuts"):
readers trained on one value per sentence missed the second allergy of such sentences."""
CATEGORY_PROBABILITY: Final = 0.6
"""How often a group of allergens the user avoids whole is named by its word ("seafood")."""
UNLABELLED_GEAR_PROBABILITY: Final = 0.3
"""How often a kit list also names gear outside the vocabulary ("a pull-up bar")."""
LACKING_GEAR_PROBABILITY: Final = 0.15
"""How often a kit list ends with an item the user lacks (", but no dumbbells")."""
NEGATIVE_PROBABILITY: Final = 0.3
"""Share of notes that name a constraint the user does not have: "my wife is allergic to nuts",
"I used to be vegan", "my knee is fine now". Readers trained without them read every constraint
word as the user's own."""
CONTRAST_PROBABILITY: Final = 0.5
"""How often such a sentence follows a statement of its topic (", but fish is fine")."""
FUSE_PROBABILITY: Final = 0.3
"""How often two statements become one sentence ("vegan, tree nut allergy and a sore elbow")."""
FUSE_SEPARATORS: Final = (", and ", "; ", ", ", " + ", " - ", ", also ", " and ")
WISH_FUSE_PROBABILITY: Final = 0.35
"""How often a wish shares a sentence with a constraint ("Coeliac, so bread is out, but I adore
rice"): with wishes always on their own, the model read such sentences as the wish alone and
missed the constraint."""
WISH_LIST_PROBABILITY: Final = 0.6
"""How often several wishes of a kind share one sentence ("I could eat tuna and trout every
day")."""
WISH_SEPARATORS: Final = (", but ", ", so ", " - ", "; ", ", and ", " but ", ", also ")
OPENER_PROBABILITY: Final = 0.15
"""How often a sentence opens as a continuation ("Also, ...", "Oh and ..."): people add
constraints as afterthoughts, and readers trained without them missed "I'm also lactose
intolerant"."""
OPENERS: Final = ("Also, ", "Oh and ", "Plus ", "Btw ", "FYI ", "And ", "One more thing: ", "Oh, ")
IMPLYING_DIETS: Final[dict[Diet, set[Diet]]] = {
    Diet.vegetarian: {Diet.vegan},
    Diet.pescatarian: {Diet.vegan, Diet.vegetarian},
}
"""Diets a user keeps by keeping another: a vegan is not told "I'm not vegetarian"."""

PhrasingKey = tuple[str, str]
"""(topic, value), e.g. ("injuries", "knee"); `FILLER_KEY` for sentences without constraints,
`soft_key(kind)` for the frames of a kind of wish, `frames_key(topic)` for a topic's frames,
`negative_key(topic)` for its negative frames."""


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
    for topic in NoteTopic:
        train[frames_key(topic)], test[frames_key(topic)] = frames[str(topic)]
        train[negative_key(topic)], test[negative_key(topic)] = _hold_out(
            NEGATIVE_FRAMES[topic], f"{seed}/negative/{topic}", test_fraction
        )
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


def negative_key(topic: NoteTopic) -> PhrasingKey:
    """The pool key of a topic's negative frames (`templates.NEGATIVE_FRAMES`)."""
    return ("negative", str(topic))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _decapitalised(sentence: str) -> str:
    """A sentence continuing another: "My wife..." -> "my wife...", but "I'm..." stays."""
    if re.match(r"I\b", sentence):
        return sentence
    return sentence[:1].lower() + sentence[1:]


@dataclass(frozen=True)
class Statement:
    """One sentence of a note and the constraint it states (nothing, for a filler)."""

    sentence: str
    reading: NotesReading
    sources: tuple[str, ...] = ()
    """The pool entries (phrasings, frames) the sentence was written from: a test note's are all
    in the test pool."""
    wishes: SoftPreferences = NO_SOFT_PREFERENCES
    """The wish the sentence states, if any (a wish sentence states no constraint)."""


@dataclass(frozen=True)
class _Unit:
    """One thing a topic's sentence states: a value, a group of allergens or a home kit."""

    key: PhrasingKey | None
    """The value's phrasing key; None when only the topic's frames can state it."""
    term: str
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


def _value_unit(topic: NoteTopic, value: str, rng: random.Random) -> _Unit:
    term = rng.choice(TOPIC_TERMS[topic][value])
    return _Unit((str(topic), value), term, _reading(topic, value))


def _allergy_units(allergies: frozenset[Allergen], rng: random.Random) -> list[_Unit]:
    """A group the user avoids whole is named by its word ("seafood") now and then."""
    units = []
    remaining = set(allergies)
    for group, terms in CATEGORY_TERMS.items():
        if group <= remaining and rng.random() < CATEGORY_PROBABILITY:
            units.append(_Unit(None, rng.choice(terms), NotesReading(allergies=group)))
            remaining -= group
    topic = NoteTopic.allergies
    return units + [_value_unit(topic, str(value), rng) for value in sorted(remaining)]


def _kit_term(kit: frozenset[Equipment], rng: random.Random) -> str:
    """The items of a home kit as a list, maybe with gear the reading ignores or one it lacks."""
    terms = [rng.choice(KIT_TERMS[item]) for item in sorted(kit)]
    if rng.random() < UNLABELLED_GEAR_PROBABILITY:
        terms.append(rng.choice(UNLABELLED_KIT_TERMS))
    rng.shuffle(terms)
    listed = join(terms)
    lacking = sorted(set(KIT_TERMS) - kit)
    if lacking and rng.random() < LACKING_GEAR_PROBABILITY:
        listed += f", but no {rng.choice(KIT_TERMS[rng.choice(lacking)])}"
    return listed


def _units(profile: SyntheticProfile, topic: NoteTopic, rng: random.Random) -> list[_Unit]:
    """What the notes must state of one topic, as units to phrase."""
    if topic is NoteTopic.injuries:
        return [_value_unit(topic, str(value), rng) for value in sorted(profile.injuries)]
    if topic is NoteTopic.allergies:
        return _allergy_units(profile.allergies, rng)
    if topic is NoteTopic.diet:
        return [_value_unit(topic, str(value), rng) for value in sorted(profile.diets)]
    if profile.setup is Setup.home_kit:
        reading = NotesReading(equipment=profile.equipment)
        return [_Unit(None, _kit_term(profile.kit, rng), reading)]
    return [_value_unit(topic, str(profile.setup), rng)]


def _topic_statements(
    profile: SyntheticProfile,
    topic: NoteTopic,
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> list[Statement]:
    """One sentence per unit, or now and then one sentence for all of them."""
    units = _units(profile, topic, rng)
    frames = phrasings[frames_key(topic)]
    if len(units) > 1 and rng.random() < JOIN_PROBABILITY:
        frame = rng.choice(frames)
        return [
            Statement(
                _sentence(frame.replace("{term}", join([unit.term for unit in units])), rng),
                merge_readings(unit.reading for unit in units),
                (frame,),
            )
        ]
    statements = []
    for unit in units:
        if unit.key is None:
            frame = rng.choice(frames)
            sentence, source = frame.replace("{term}", unit.term), frame
        else:
            sentence = source = rng.choice(phrasings[unit.key])
        statements.append(Statement(_sentence(sentence, rng), unit.reading, (source,)))
    return statements


def _negative_terms(profile: SyntheticProfile, topic: NoteTopic) -> list[str]:
    """Words for values of `topic` the user does not have: an all-clear about them is true."""
    if topic is NoteTopic.injuries:
        absent: list[str] = [str(area) for area in BodyArea if area not in profile.injuries]
    elif topic is NoteTopic.allergies:
        absent = [str(allergen) for allergen in Allergen if allergen not in profile.allergies]
    elif topic is NoteTopic.diet:
        absent = [
            str(diet)
            for diet in Diet
            if diet not in profile.diets and not (profile.diets & IMPLYING_DIETS.get(diet, set()))
        ]
    else:
        lacking = sorted(set(KIT_TERMS) - profile.equipment)
        return [term for item in lacking for term in KIT_TERMS[item]]
    return [term for value in absent for term in TOPIC_TERMS[topic][value]]


def _negative(
    profile: SyntheticProfile,
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> tuple[NoteTopic, Statement] | None:
    """A sentence naming a constraint the user does not have (anymore, yet, or someone else's)."""
    topic = rng.choice(list(NoteTopic))
    terms = _negative_terms(profile, topic)
    if not terms:
        return None
    frame = rng.choice(phrasings[negative_key(topic)])
    text = frame.replace("{person}", rng.choice(PEOPLE)).replace("{term}", rng.choice(terms))
    return topic, Statement(_sentence(text, rng), NOTHING_READ, (frame,))


def _fused(first: Statement, second: Statement, separator: str) -> Statement:
    """Two statements in one sentence, both readings and wishes: "Vegan, and my left knee
    hurts.", with a negative "Allergic to peanuts, but tree nuts are fine for me." (which reads
    nothing), or with a wish "I'm coeliac, but I adore rice."."""
    return Statement(
        f"{first.sentence.rstrip('.!?')}{separator}{_decapitalised(second.sentence)}",
        merge_readings([first.reading, second.reading]),
        first.sources + second.sources,
        merge_wishes([first.wishes, second.wishes]),
    )


def _with_negative(
    profile: SyntheticProfile,
    statements: list[tuple[NoteTopic, Statement]],
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> list[tuple[NoteTopic, Statement]]:
    """`statements` plus a negative sentence, on its own or after a statement of its topic."""
    drawn = _negative(profile, phrasings, rng)
    if drawn is None:
        return statements
    topic, negative = drawn
    same = [i for i, (other, _) in enumerate(statements) if other is topic]
    if same and rng.random() < CONTRAST_PROBABILITY:
        at = rng.choice(same)
        return [
            (other, _fused(statement, negative, ", but ") if i == at else statement)
            for i, (other, statement) in enumerate(statements)
        ]
    return [*statements, (topic, negative)]


def _maybe_fused(statements: list[Statement], rng: random.Random) -> list[Statement]:
    """Now and then two sentences that state constraints become one."""
    stating = [i for i, statement in enumerate(statements) if not statement.reading.is_empty]
    if len(stating) < 2 or rng.random() >= FUSE_PROBABILITY:
        return statements
    first, second = rng.sample(stating, 2)
    return _fuse_pair(statements, first, second, rng.choice(FUSE_SEPARATORS))


def _maybe_wish_fused(statements: list[Statement], rng: random.Random) -> list[Statement]:
    """Now and then a wish and a constraint share a sentence, either one first."""
    stating = [i for i, statement in enumerate(statements) if not statement.reading.is_empty]
    wishing = [i for i, statement in enumerate(statements) if statement.wishes.count]
    if not stating or not wishing or rng.random() >= WISH_FUSE_PROBABILITY:
        return statements
    pair = [rng.choice(stating), rng.choice(wishing)]
    rng.shuffle(pair)
    return _fuse_pair(statements, pair[0], pair[1], rng.choice(WISH_SEPARATORS))


def _fuse_pair(
    statements: list[Statement], first: int, second: int, separator: str
) -> list[Statement]:
    """`statements` with the two at `first` and `second` fused into one, put first."""
    fused = _fused(statements[first], statements[second], separator)
    return [fused] + [s for i, s in enumerate(statements) if i not in (first, second)]


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
        soft: The profile's wishes, one sentence each, which states no constraint and
            carries its wish.

    Returns:
        One statement per notes-only constraint value (or one for all values of a topic, now
        and then), now and then a sentence naming a constraint the user does not have (on its
        own or after a statement: "..., but fish is fine"), two statements now and then fused
        into one sentence, one per wish (now and then in a constraint's sentence), maybe a
        filler, in random order, some with typing slips; empty when there is nothing to say.
    """
    topical = [
        (topic, statement)
        for topic in NoteTopic
        if topic in profile.notes_only
        for statement in _topic_statements(profile, topic, phrasings, rng)
    ]
    if rng.random() < NEGATIVE_PROBABILITY:
        topical = _with_negative(profile, topical, phrasings, rng)
    statements = _maybe_fused([statement for _, statement in topical], rng)
    statements.extend(_wish_statements(soft, phrasings, rng))
    statements = _maybe_wish_fused(statements, rng)
    if rng.random() < FILLER_PROBABILITY:
        filler = rng.choice(phrasings[FILLER_KEY])
        statements.append(Statement(filler, NOTHING_READ, (filler,)))
    rng.shuffle(statements)
    return [
        Statement(noisy(_maybe_opened(s.sentence, rng), rng), s.reading, s.sources, s.wishes)
        for s in statements
    ]


def _wish_statements(
    soft: SoftPreferences,
    phrasings: Mapping[PhrasingKey, tuple[str, ...]],
    rng: random.Random,
) -> list[Statement]:
    """One sentence per wish, or now and then one listing every wish of a kind."""
    by_kind: dict[SoftKind, list[str]] = {}
    for kind, item in soft_items(soft):
        by_kind.setdefault(kind, []).append(item)
    statements = []
    for kind, items in by_kind.items():
        together = len(items) > 1 and rng.random() < WISH_LIST_PROBABILITY
        for group in [items] if together else [[item] for item in items]:
            frame = rng.choice(phrasings[soft_key(kind)])
            wish = SoftPreferences.model_validate({str(kind): tuple(group)})
            sentence = _capitalised(frame.format(item=join(group)))
            statements.append(Statement(sentence, NOTHING_READ, (frame,), wish))
    return statements


def _maybe_opened(sentence: str, rng: random.Random) -> str:
    if rng.random() >= OPENER_PROBABILITY:
        return sentence
    return rng.choice(OPENERS) + _decapitalised(sentence)


def _sentence(phrasing: str, rng: random.Random) -> str:
    return _capitalised(phrasing.format(side=rng.choice(("left", "right"))))


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


def as_read(statements: Sequence[Statement]) -> list[Statement]:
    """The statements of a note as a reader meets them (`domain.plan.reading.note_sentences`).

    A statement typed without its full stop runs into the next one ("I can't eat wheat oh and
    less cheese please"), and serving reads the two as one sentence. Readers trained on the
    statements alone never saw such run-ons and missed the constraints in them.

    Returns:
        One statement per sentence of `note_text(statements)`: runs of statements without a
        closing `.`, `!` or `?` joined with the statement after them, readings, wishes and
        sources merged.
    """
    joined: list[Statement] = []
    run: list[Statement] = []
    for statement in statements:
        run.append(statement)
        if statement.sentence.endswith((".", "!", "?")):
            joined.append(_joined(run))
            run = []
    if run:
        joined.append(_joined(run))
    return joined


def _joined(run: Sequence[Statement]) -> Statement:
    if len(run) == 1:
        return run[0]
    return Statement(
        note_text(run),
        merge_readings(statement.reading for statement in run),
        tuple(source for statement in run for source in statement.sources),
        merge_wishes(statement.wishes for statement in run),
    )
