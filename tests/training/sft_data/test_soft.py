from __future__ import annotations

import random

import pytest

from domain.catalog import Catalog
from domain.plan.foods import matches, matches_any
from domain.plan.planner import make_plan
from domain.plan.reading import NOTHING_READ, note_sentences
from domain.plan.soft_preferences import (
    NO_SOFT_PREFERENCES,
    SoftPreferences,
    WishVocabulary,
    food_terms,
    spoken_food,
)
from tests.domain.plan.factories import make_catalog, make_request
from training.sft_data import notes
from training.sft_data.notes import PhrasingPool, soft_key, split_phrasings, write_statements
from training.sft_data.profiles import NoteTopic, generate_profiles
from training.sft_data.soft import (
    SOFT_PROBABILITY,
    SoftKind,
    draw_soft_preferences,
    soft_items,
)

CATALOG: Catalog = make_catalog()


def test_spoken_food_is_how_people_say_it_and_still_matches() -> None:
    assert spoken_food("Lean ground beef 97%, cooked") == "lean ground beef"
    assert spoken_food("Smoked salmon (lox)") == "smoked salmon"
    for food in CATALOG.everyday:
        assert matches(spoken_food(food.name), food), food.name


def test_food_terms_add_a_last_word_several_foods_share() -> None:
    terms = food_terms(["Brown rice, cooked", "White rice, cooked", "Rice noodles", "Oats"])
    assert terms == {"brown rice", "white rice", "rice noodles", "rice", "oats"}
    vocabulary = WishVocabulary.of(CATALOG)
    assert set(vocabulary.foods) >= {spoken_food(food.name) for food in CATALOG.everyday}
    assert all(name == name.casefold() for name in vocabulary.exercises)


def test_each_wish_sentence_carries_its_wish_and_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(notes, "WISH_FUSE_PROBABILITY", 0.0)
    phrasings = split_phrasings(seed=0).pool(PhrasingPool.train)
    profile = generate_profiles(CATALOG, count=1, seed="wish")[0]
    soft = SoftPreferences(favourite_foods=("salmon",), boring_exercises=("Pushups",))
    statements = write_statements(profile, phrasings, random.Random(0), soft)
    wished = [s.wishes for s in statements if s.wishes.count]
    assert len(wished) == 2 and set(wished) == {
        SoftPreferences(boring_exercises=("pushups",)),
        SoftPreferences(favourite_foods=("salmon",)),
    }
    assert all(s.reading == NOTHING_READ for s in statements if s.wishes.count)


def test_a_wish_may_share_its_sentence_with_a_constraint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "I'm coeliac, but I adore rice.": both the allergy and the wish are read from it."""
    monkeypatch.setattr(notes, "WISH_FUSE_PROBABILITY", 1.0)
    monkeypatch.setattr(notes, "noisy", lambda sentence, rng: sentence)
    phrasings = split_phrasings(seed=0).pool(PhrasingPool.train)
    profile = next(
        p for p in generate_profiles(CATALOG, count=20, seed="fused") if p.notes_only and p.injuries
    ).model_copy(update={"notes_only": frozenset({NoteTopic.injuries})})
    soft = SoftPreferences(favourite_foods=("salmon",))
    statements = write_statements(profile, phrasings, random.Random(0), soft)
    (fused,) = [s for s in statements if s.wishes.count]
    assert fused.wishes == soft and fused.reading.injuries
    assert "salmon" in fused.sentence.lower() and note_sentences(fused.sentence) == [fused.sentence]
    assert set(fused.sources) - set(phrasings[soft_key(SoftKind.favourite_foods)])


def test_several_wishes_of_a_kind_may_share_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes, "WISH_LIST_PROBABILITY", 1.0)
    monkeypatch.setattr(notes, "WISH_FUSE_PROBABILITY", 0.0)
    monkeypatch.setattr(notes, "noisy", lambda sentence, rng: sentence)
    phrasings = split_phrasings(seed=0).pool(PhrasingPool.train)
    profile = generate_profiles(CATALOG, count=1, seed="list")[0]
    soft = SoftPreferences(favourite_foods=("salmon", "oats"), fewer_foods=("rice",))
    statements = write_statements(profile, phrasings, random.Random(0), soft)
    wished = {s.wishes: s.sentence for s in statements if s.wishes.count}
    assert set(wished) == {
        SoftPreferences(favourite_foods=("salmon", "oats")),
        SoftPreferences(fewer_foods=("rice",)),
    }
    listed = wished[SoftPreferences(favourite_foods=("salmon", "oats"))]
    assert "salmon and oats" in listed.lower() and note_sentences(listed) == [listed]


def test_wishes_touch_the_served_plan_and_never_the_likes() -> None:
    request = make_request(liked_foods=(CATALOG.everyday[0].name,))
    served = make_plan(request, CATALOG, seed=0)
    served_foods = {i.name for d in served.days for m in d.meals for i in m.items}
    served_exercises = {ex.name for d in served.days for ex in d.exercises}
    liked = [food for food in CATALOG.everyday if matches_any(request.liked_foods, food)]
    drawn = [draw_soft_preferences(request, CATALOG, random.Random(i), served) for i in range(200)]
    stated = [wishes for wishes in drawn if wishes.count]
    assert abs(len([w for w in drawn if w != NO_SOFT_PREFERENCES]) / 200 - SOFT_PROBABILITY) < 0.1
    for wishes in stated:
        assert set(wishes.boring_exercises) <= served_exercises
        assert not set(wishes.boring_exercises) & set(wishes.enjoyed_exercises)
        for term in wishes.fewer_foods:
            assert any(matches(term, CATALOG.everyday_food(name)) for name in served_foods)  # type: ignore[arg-type]
        for term in (*wishes.fewer_foods, *wishes.favourite_foods):
            assert not any(matches(term, food) for food in liked), term
        fewer = [food for food in CATALOG.everyday if matches_any(wishes.fewer_foods, food)]
        for term in wishes.favourite_foods:
            assert not any(matches(term, food) for food in fewer), (term, wishes)
    assert any(wishes.fewer_foods for wishes in stated)
    assert any(wishes.boring_exercises for wishes in stated)


def test_each_wish_is_one_sentence_that_states_no_constraint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Written clean (no typing slips, no opener), each wish is its frame with the item."""
    monkeypatch.setattr(notes, "noisy", lambda sentence, rng: sentence)
    monkeypatch.setattr(notes, "OPENER_PROBABILITY", 0.0)
    profile = generate_profiles(CATALOG, count=1, seed=3)[0].model_copy(
        update={"notes_only": frozenset()}
    )
    wishes = SoftPreferences(favourite_foods=("oats",), boring_exercises=("Push-Up",))
    pool = split_phrasings(seed=0).pool(PhrasingPool.test)
    statements = write_statements(profile, pool, random.Random(0), wishes)
    said = [s for s in statements if "oats" in s.sentence or "push-up" in s.sentence.lower()]
    assert len(said) == 2
    assert all(statement.reading == NOTHING_READ for statement in statements)
    for kind, item in soft_items(wishes):
        written = {frame.format(item=item).lower() for frame in pool[soft_key(kind)]}
        assert any(statement.sentence.lower() in written for statement in said), (kind, item)
