"""Reading notes into constraints: wire format, perfect reading, and how serving applies it."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from domain.catalog import Catalog
from domain.plan import check_plan, make_plan
from domain.plan.reading import (
    NOTHING_READ,
    NotesReading,
    apply_reading,
    cautious_reading,
    merge_readings,
    note_sentences,
    reading_of,
    reading_schema,
)
from domain.profile import Allergen, BodyArea, Diet, Equipment
from tests.domain.plan.factories import make_request

READING = NotesReading(
    equipment=frozenset({Equipment.bands, Equipment.body_only}),
    injuries=frozenset({BodyArea.knee}),
    allergies=frozenset({Allergen.soy, Allergen.egg}),
    diets=frozenset({Diet.low_carb, Diet.vegetarian}),
)


def test_sets_travel_as_flags_in_declaration_order() -> None:
    text = READING.model_dump_json()
    assert text == (
        '{"equipment":{"body_only":true,"bands":true},"injuries":{"knee":true},'
        '"allergies":{"egg":true,"soy":true},"diets":{"vegetarian":true,"low_carb":true}}'
    )
    assert NotesReading.model_validate_json(text) == READING
    assert NOTHING_READ.model_dump_json() == (
        '{"equipment":{},"injuries":{},"allergies":{},"diets":{}}'
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"equipment":{"body_only":false},"injuries":{},"allergies":{},"diets":{}}',
        '{"equipment":{"rowing_machine":true},"injuries":{},"allergies":{},"diets":{}}',
        '{"equipment":{},"injuries":{},"allergies":{},"diets":{"keto":true}}',
        '{"equipment":{},"injuries":{},"allergies":{},"diets":["vegan"]}',
        '{"equipment":{},"injuries":{},"allergies":{},"diet":"vegan"}',
        '{"equipment":{},"injuries":{},"allergies":{},"diets":{},"mood":"happy"}',
    ],
)
def test_readings_outside_the_vocabulary_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        NotesReading.model_validate_json(text)


def test_every_reading_is_an_instance_of_the_guided_schema_and_nothing_else_is() -> None:
    validator = Draft202012Validator(reading_schema())
    for reading in (READING, NOTHING_READ):
        validator.validate(json.loads(reading.model_dump_json()))
    repeated = json.loads(NOTHING_READ.model_dump_json()) | {"equipment": ["dumbbell"] * 2}
    assert not validator.is_valid(repeated)  # lists, where names could repeat, are not readings
    keys = list(reading_schema()["properties"]["equipment"]["properties"])
    assert keys == [str(e) for e in Equipment]  # decoding writes them in this order only
    assert list(reading_schema()["properties"]["diets"]["properties"]) == [str(d) for d in Diet]


def test_the_perfect_reading_is_what_the_form_leaves_out() -> None:
    truth = make_request(
        equipment=frozenset({Equipment.dumbbell}),
        injuries=frozenset({BodyArea.knee, BodyArea.wrist}),
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.halal, Diet.gluten_free}),
    )
    form = truth.model_copy(
        update={
            "equipment": frozenset(),
            "injuries": frozenset({BodyArea.wrist}),
            "diets": frozenset({Diet.gluten_free}),
        }
    )
    reading = reading_of(truth, form)
    assert reading == NotesReading(
        equipment=frozenset({Equipment.dumbbell}),
        injuries=frozenset({BodyArea.knee}),
        diets=frozenset({Diet.halal}),
    )
    assert apply_reading(form, reading) == truth
    assert reading_of(truth, truth) == NOTHING_READ


def test_reading_only_tightens_the_form() -> None:
    form = make_request(
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.halal}),
        equipment=frozenset({Equipment.dumbbell}),
    )
    reading = NotesReading(
        equipment=frozenset({Equipment.barbell}),
        injuries=frozenset({BodyArea.shoulder}),
        allergies=frozenset({Allergen.peanuts}),
        diets=frozenset({Diet.vegan}),
    )
    enforced = apply_reading(form, reading)
    assert enforced.allergies == {Allergen.milk, Allergen.peanuts}
    assert enforced.injuries == {BodyArea.shoulder}
    assert enforced.diets == {Diet.halal, Diet.vegan}  # every diet is kept
    assert enforced.equipment == {Equipment.dumbbell}  # the form's equipment wins
    assert apply_reading(form, NOTHING_READ) == form


def test_equipment_and_diet_come_from_the_notes_when_the_form_is_blank() -> None:
    form = make_request(equipment=frozenset())
    reading = NotesReading(equipment=frozenset({Equipment.bands}), diets=frozenset({Diet.low_carb}))
    enforced = apply_reading(form, reading)
    assert enforced.equipment == {Equipment.bands}
    assert enforced.diets == {Diet.low_carb}
    assert enforced.targets.carbs_g < form.targets.carbs_g  # low-carb targets recomputed
    assert enforced.targets.calories == form.targets.calories


def test_a_plan_for_the_tightened_request_honours_an_allergy_only_the_notes_state(
    catalog: Catalog,
) -> None:
    form = make_request(days_per_week=2)
    enforced = apply_reading(form, NotesReading(allergies=frozenset({Allergen.milk})))
    plan = make_plan(enforced, catalog, seed=0)
    truth = form.model_copy(update={"allergies": frozenset({Allergen.milk})})
    assert check_plan(plan, truth, catalog) == []
    foods = {item.name for day in plan.days for meal in day.meals for item in meal.items}
    assert "Greek yogurt" not in foods


def test_notes_split_into_sentences_at_stops_and_lines_only() -> None:
    notes = "No dairy please.  Bad knee!\nIs rice ok? Sciatica on and off; my back hates loading."
    assert note_sentences(notes) == [
        "No dairy please.",
        "Bad knee!",
        "Is rice ok?",
        "Sciatica on and off; my back hates loading.",
    ]
    assert note_sentences("  \n ") == []
    assert note_sentences("gym 3x a week") == ["gym 3x a week"]


def test_sentence_readings_merge_into_one_reading_of_the_note() -> None:
    merged = merge_readings(
        [
            NotesReading(allergies=frozenset({Allergen.milk})),
            NOTHING_READ,
            NotesReading(injuries=frozenset({BodyArea.knee}), diets=frozenset({Diet.halal})),
            NotesReading(allergies=frozenset({Allergen.egg}), diets=frozenset({Diet.vegan})),
        ]
    )
    assert merged == NotesReading(
        injuries=frozenset({BodyArea.knee}),
        allergies=frozenset({Allergen.milk, Allergen.egg}),
        diets=frozenset({Diet.halal, Diet.vegan}),  # every diet stated: the most restrictive
    )
    assert merge_readings([]) == NOTHING_READ


def test_a_diet_a_note_rejects_then_replaces_cannot_loosen_the_plan(catalog: Catalog) -> None:
    """First-diet-wins merged "I was pescatarian. Now I'm vegan" to pescatarian and served fish
    to a vegan when the first sentence was misread; a union serves only what both allow."""
    misread = NotesReading(diets=frozenset({Diet.pescatarian}))
    stated = NotesReading(diets=frozenset({Diet.vegan}))
    enforced = apply_reading(make_request(days_per_week=2), merge_readings([misread, stated]))
    plan = make_plan(enforced, catalog, seed=0)
    vegan = make_request(days_per_week=2, diets=frozenset({Diet.vegan}))
    assert check_plan(plan, vegan, catalog) == []


def test_two_diets_both_bind_every_food(catalog: Catalog) -> None:
    form = make_request(days_per_week=2, diets=frozenset({Diet.vegetarian, Diet.gluten_free}))
    foods = {
        item.name: item
        for day in make_plan(form, catalog, seed=0).days
        for meal in day.meals
        for item in meal.items
    }
    assert foods
    everyday = {food.name: food for food in catalog.everyday}
    assert all({Diet.vegetarian, Diet.gluten_free} <= everyday[name].food.diets for name in foods)


def test_two_readers_keep_any_constraint_either_read_and_only_the_kit_both_read() -> None:
    llm = NotesReading(
        equipment=frozenset({Equipment.dumbbell, Equipment.barbell}),
        allergies=frozenset({Allergen.egg}),
        diets=frozenset({Diet.vegetarian}),
    )
    head = NotesReading(
        equipment=frozenset({Equipment.dumbbell}),
        injuries=frozenset({BodyArea.knee}),
        allergies=frozenset({Allergen.peanuts}),
    )
    joined = cautious_reading(llm, head)
    assert joined == NotesReading(
        equipment=frozenset({Equipment.dumbbell}),  # a barbell one reader invented is not planned
        injuries=frozenset({BodyArea.knee}),
        allergies=frozenset({Allergen.egg, Allergen.peanuts}),
        diets=frozenset({Diet.vegetarian}),
    )
    assert cautious_reading(head, llm) == joined
    assert cautious_reading(READING, READING) == READING
    assert cautious_reading(READING, NOTHING_READ).equipment == frozenset()  # no kit: none assumed
