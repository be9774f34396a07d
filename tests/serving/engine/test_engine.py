"""Read, then plan: the engine serving runs and evaluation measures."""

from __future__ import annotations

import pytest

from domain.plan.checks import check_plan
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import draft_from_plan
from domain.plan.reading import NotesReading
from domain.plan.schemas import Focus
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from domain.profile import Allergen, Diet
from domain.prompt import parse_draft, reading_completion_messages
from serving.engine import EngineResult, PlanEngine, PlanSource
from serving.engine.head_reader import HeadNotesReader
from serving.engine.reader import NotesReader, ReaderSlot
from serving.engine.runtimes.base import JsonSchema
from tests.evaluation.factories import (
    CATALOG,
    NO_VEGAN_PROTEIN,
    example,
    reference_plan,
    reference_text,
)
from tests.serving.fakes import NOTHING, ScriptedRuntime
from tests.utils.reading_head import keyword_embed, keyword_head

FISH = NotesReading(allergies=frozenset({Allergen.fish})).model_dump_json()


def _meal_schemas(runtime: ScriptedRuntime) -> list[JsonSchema]:
    """The draft passes' schemas of meals: arrays of food names."""
    return [s for s in runtime.schemas["plan"] if s is not None and s["type"] == "array"]


def _day_schemas(runtime: ScriptedRuntime) -> list[JsonSchema]:
    """The draft passes' schemas of training days: objects with a focus and exercises."""
    return [s for s in runtime.schemas["plan"] if s is not None and s["type"] == "object"]


def _offered(meal: JsonSchema) -> set[str]:
    """Every name a meal's schema allows at any position."""
    items = meal["prefixItems"] if "prefixItems" in meal else [meal["items"]]
    return {name for item in items for name in item["enum"]}


def _reads_fish(notes: str) -> str:
    return FISH if "fish" in notes else NOTHING


def _perfect(_: str) -> str:
    return reference_text()


def test_the_plan_is_drafted_for_the_form_tightened_by_the_reading() -> None:
    notes_only = example("p1", notes="No fish of any kind.", form={}, allergies={Allergen.fish})
    runtime = ScriptedRuntime("finetune", _perfect, _reads_fish)
    result = PlanEngine(CATALOG, runtime).plan(notes_only.form, notes_only.notes)
    assert result.reading.allergies == {Allergen.fish}
    assert result.notes_read
    assert "allergies: fish" in runtime.prompts[-1]
    schemas = [schema for schema in runtime.schemas["plan"] if schema is not None]
    meals, days = _meal_schemas(runtime), _day_schemas(runtime)
    assert schemas == meals + days  # a pass per meal, then a pass per training day
    assert len(days) == notes_only.form.days_per_week
    assert len(meals) == sum(len(menu.meals) for menu in draft_from_plan(reference_plan()).menus)
    assert all("Salmon fillet" not in _offered(meal) for meal in meals)
    assert result.served.request.allergies == {Allergen.fish}
    assert result.seconds == (1 + len(meals) + len(days)) * runtime.seconds  # reading, passes
    draft = result.draft_generation
    assert draft is not None and result.new_tokens == len(FISH) + len(draft.token_ids)
    assert len(draft.token_ids) < len(draft.text)  # connectors between passes cost no call


def test_a_meal_cannot_repeat_a_food_an_earlier_meal_served() -> None:
    runtime = ScriptedRuntime("finetune", _perfect)
    case = example(days_per_week=3)
    result = PlanEngine(CATALOG, runtime).plan(case.form, case.notes)
    assert result.draft_generation is not None
    draft = parse_draft(result.draft_generation.text)
    breakfast, lunch = draft.menus[0].meals[:2]
    meals = _meal_schemas(runtime)
    assert set(breakfast) and not set(breakfast) & _offered(meals[1])  # the same menu
    next_menu = meals[len(draft.menus[0].meals)]
    assert not (set(breakfast) | set(lunch)) & _offered(next_menu)  # a later menu


def test_a_day_cannot_repeat_an_exercise_of_another_focus() -> None:
    runtime = ScriptedRuntime("finetune", lambda _: reference_text(days_per_week=4))
    case = example(days_per_week=4)  # upper, lower, upper, lower
    result = PlanEngine(CATALOG, runtime).plan(case.form, case.notes)
    assert result.draft_generation is not None
    draft = parse_draft(result.draft_generation.text)
    assert [day.focus for day in draft.days[:2]] == [Focus.upper_body, Focus.lower_body]
    schemas = _day_schemas(runtime)
    lower, upper_again = (set(schemas[i]["properties"]["ex"]["items"]["enum"]) for i in (1, 2))
    assert not set(draft.days[0].ex) & lower
    assert set(draft.days[0].ex) <= upper_again  # a focus may repeat its own exercises


def test_each_sentence_is_read_and_merged() -> None:
    runtime = ScriptedRuntime("finetune", _perfect, _reads_fish)
    reading, _, generation = PlanEngine(CATALOG, runtime).read("I walk a lot.\nNo fish, ever!")
    assert reading.allergies == {Allergen.fish}
    assert runtime.prompts == ["notes: I walk a lot.", "notes: No fish, ever!"]
    assert generation is not None and generation.text == f"{NOTHING}\n{FISH}"


def test_blank_notes_are_not_sent_to_the_reader() -> None:
    runtime = ScriptedRuntime("finetune", _perfect, _reads_fish)
    reading, _, generation = PlanEngine(CATALOG, runtime).read("  \n ")
    assert reading == NotesReading() and generation is None
    assert runtime.prompts == []


def test_an_unparseable_reading_reads_nothing() -> None:
    runtime = ScriptedRuntime("finetune", _perfect, lambda _: '{"allergies": "fish"')
    reading, _, generation = PlanEngine(CATALOG, runtime).read("I walk a lot.")
    assert reading == NotesReading() and generation is not None


def test_a_reading_cache_answers_repeated_sentences_without_the_model() -> None:
    runtime = ScriptedRuntime("finetune", _perfect, _reads_fish)
    reader = NotesReader(runtime, cache_size=1)
    first, _ = reader.read("No fish.")
    again, generation = reader.read("No fish.")
    assert first == again and len(runtime.prompts) == 1
    assert generation is not None and generation.seconds == 0.0
    reader.read("I cycle.")
    reader.read("No fish.")  # evicted by the newer sentence
    assert len(runtime.prompts) == 3


def test_without_a_model_the_reference_plans_and_notes_are_not_read() -> None:
    case = example(notes="No fish of any kind.", form={}, allergies={Allergen.fish})
    result = PlanEngine(CATALOG, None).plan(case.form, case.notes)
    assert (result.source, result.notes_read) == (PlanSource.reference, False)
    assert result.served.plan == reference_plan()
    assert result.reading == NotesReading()
    assert (result.reading_generation, result.draft_generation) == (None, None)


def _keyword_reader() -> HeadNotesReader:
    return HeadNotesReader(keyword_embed, keyword_head())


def test_a_dedicated_reader_reads_for_the_planner_alone() -> None:
    """With a dedicated reader the reference variant honours the notes too."""
    case = example(notes="No milk for me.", form={}, allergies={Allergen.milk})
    result = PlanEngine(CATALOG, None, notes_reader=_keyword_reader()).plan(case.form, case.notes)
    assert result.notes_read and result.reading == NotesReading(allergies={Allergen.milk})
    assert result.reading_generation is not None and result.draft_generation is None
    assert result.source is PlanSource.reference
    assert check_plan(result.served.plan, case.request, CATALOG) == []
    assert check_plan(result.served.plan, case.form, CATALOG) == []


def test_a_dedicated_reader_reads_beside_the_model_and_either_constraint_holds() -> None:
    runtime = ScriptedRuntime("model", _perfect, read=_reads_fish)
    engine = PlanEngine(CATALOG, runtime, notes_reader=_keyword_reader())
    result = engine.plan(example().form, "No fish. No milk. I train with dumbbells.")
    assert result.reading == NotesReading(allergies={Allergen.fish, Allergen.milk})  # no kit:
    # the keyword reader read dumbbells, the model did not, so the plan assumes none
    assert len(runtime.schemas["read"]) == 3 and runtime.schemas["plan"]  # a pass a sentence
    reading = result.reading_generation
    assert reading is not None and reading.text == result.reading.model_dump_json()
    assert reading.seconds >= 3 * runtime.seconds  # both readers' time
    assert result.draft_generation is not None


def test_an_allergy_both_readers_missed_is_read_when_named_in_so_many_words() -> None:
    runtime = ScriptedRuntime("model", _perfect)  # reads nothing
    engine = PlanEngine(CATALOG, runtime, notes_reader=_keyword_reader())
    case = example(notes="Seafood allergy. Bad knee.", form={}, allergies={Allergen.fish})
    result = engine.plan(case.form, case.notes)
    assert result.reading.allergies == {Allergen.fish, Allergen.shellfish}
    assert check_plan(result.served.plan, case.request, CATALOG) == []
    assert PlanEngine(CATALOG, None).read(case.notes)[0] == NotesReading()  # no reader: no read


def test_blank_notes_are_read_by_neither_reader() -> None:
    runtime = ScriptedRuntime("model", _perfect, read=_reads_fish)
    engine = PlanEngine(CATALOG, runtime, notes_reader=_keyword_reader())
    assert engine.read(" \n ") == (NotesReading(), NO_SOFT_PREFERENCES, None)
    assert runtime.prompts == []


def test_a_reader_swapped_into_the_slot_reads_from_the_next_note_and_out_again() -> None:
    """Serving swaps registered readers into one slot; emptied, the model reads alone again."""
    runtime = ScriptedRuntime("model", _perfect, read=_reads_fish)
    slot = ReaderSlot()
    engine = PlanEngine(CATALOG, runtime, notes_reader=slot)
    fish, milk = NotesReading(allergies={Allergen.fish}), NotesReading(allergies={Allergen.milk})
    notes = "fish. milk."  # no allergy word: the allergy guard reads neither
    assert engine.read(notes)[0] == fish
    slot.put(_keyword_reader(), "reader v1")
    both = NotesReading(allergies=fish.allergies | milk.allergies)
    assert engine.read(notes)[0] == both
    slot.put(None, None)
    assert engine.read(notes)[0] == fish


def test_meals_only_drafts_menus_and_keeps_the_planners_week() -> None:
    case = example(days_per_week=4)
    menus_only = draft_from_plan(reference_plan(days_per_week=4)).model_dump_json(include={"menus"})
    runtime = ScriptedRuntime("finetune", lambda _: menus_only)
    result = PlanEngine(CATALOG, runtime).plan(case.form, case.notes, meals_only=True)
    menus = draft_from_plan(reference_plan(days_per_week=4)).menus
    assert len(runtime.schemas["plan"]) == sum(len(menu.meals) for menu in menus)
    assert runtime.schemas["plan"] == _meal_schemas(runtime)  # no day passes
    assert result.source is PlanSource.model
    assert result.served.plan == reference_plan(days_per_week=4)


def test_a_form_that_cannot_be_planned_raises_with_reasons() -> None:
    impossible = example(diets=frozenset({Diet.vegan}), disliked_foods=NO_VEGAN_PROTEIN)
    with pytest.raises(PlanInfeasible) as raised:
        PlanEngine(CATALOG, None).plan(impossible.form, "")
    assert raised.value.reasons


WISHES = SoftPreferences(
    favourite_foods=("almonds",), fewer_foods=("oats",), boring_exercises=("pullups",)
)
"""The wishes `_reads_wishes` reads; the test catalog serves oats and pullups, not almonds."""


def _reads_wishes(notes: str) -> str:
    """Reads the wishes in a sentence that speaks of food, and nothing else."""
    wishes = WISHES if "food" in notes.casefold() else NO_SOFT_PREFERENCES
    return reading_completion_messages(NotesReading(), wishes)[0]["content"]


def _reserved(meal: JsonSchema) -> set[str]:
    """Names a meal's schema reserves a position for: a position offering one name alone."""
    return {item["enum"][0] for item in meal.get("prefixItems", []) if len(item["enum"]) == 1}


def test_the_wishes_the_model_reads_are_planned_for_and_never_enforced() -> None:
    runtime = ScriptedRuntime("finetune", _perfect, _reads_wishes)
    case = example()
    result = PlanEngine(CATALOG, runtime).plan(case.form, "I walk. Food talk: see my wishes.")
    assert result.wishes == WISHES
    meals, days = _meal_schemas(runtime), _day_schemas(runtime)
    assert all("Oats" not in _offered(meal) for meal in meals)
    assert any("Almonds" in _reserved(meal) for meal in meals)
    assert all("Pullups" not in day["properties"]["ex"]["items"]["enum"] for day in days)
    plan = result.served.plan
    assert "Pullups" not in {ex.name for day in plan.days for ex in day.exercises}
    assert "Oats" not in {item.name for day in plan.days for m in day.meals for item in m.items}
    assert check_plan(plan, case.request, CATALOG) == []
    assert "liked foods: not given" in runtime.prompts[-1]  # the prompt shows the form alone


def test_the_planner_alone_reads_no_wishes_and_a_dedicated_reader_leaves_them_to_the_model() -> (
    None
):
    note = "No milk for me. Food talk: see my wishes."
    reference = PlanEngine(CATALOG, None, notes_reader=_keyword_reader()).plan(example().form, note)
    assert reference.wishes == NO_SOFT_PREFERENCES
    runtime = ScriptedRuntime("model", _perfect, read=_reads_wishes)
    engine = PlanEngine(CATALOG, runtime, notes_reader=_keyword_reader())
    result = engine.plan(example().form, note)
    assert result.wishes == WISHES
    assert result.reading == NotesReading(allergies={Allergen.milk})


def test_a_wish_the_forms_likes_contradict_is_not_planned_for() -> None:
    """The form's likes outrank a reading: "less oats" beside a liked "oats" is dropped, and
    what is left of the wishes is planned for."""
    runtime = ScriptedRuntime("finetune", _perfect, _reads_wishes)
    case = example(liked_foods=("oats",))
    result = PlanEngine(CATALOG, runtime).plan(case.form, "Food talk: see my wishes.")
    expected = SoftPreferences(favourite_foods=("almonds",), boring_exercises=("pullups",))
    assert result.wishes == expected
    served = {item.name for d in result.served.plan.days for m in d.meals for item in m.items}
    assert "Oats" in served


def _served_foods(result: EngineResult) -> set[str]:
    plan = result.served.plan
    return {item.name for day in plan.days for meal in day.meals for item in meal.items}


def test_foods_the_notes_refuse_are_left_out_as_dislikes() -> None:
    """No reader holds a disliked food; the rule reads "can't stand" for every variant."""
    engine = PlanEngine(CATALOG, None, notes_reader=_keyword_reader())
    assert "Broccoli" in _served_foods(engine.plan(example().form, "I train at home."))
    result = engine.plan(example().form, "I can't stand broccoli, and no tofu please.")
    assert result.refused_foods == ("broccoli", "tofu")
    assert {"Broccoli", "Tofu"}.isdisjoint(_served_foods(result))
    assert result.served.request.disliked_foods == ("broccoli", "tofu")
    assert check_plan(result.served.plan, result.served.request, CATALOG) == []


def test_refused_foods_that_leave_nothing_to_plan_are_not_enforced() -> None:
    engine = PlanEngine(CATALOG, None, notes_reader=_keyword_reader())
    notes = "I'm vegan. No tofu, no tempeh, no lentils, no soy yogurt."
    result = engine.plan(example().form, notes)
    assert result.reading.diets == {Diet.vegan}  # the diet holds, the dislikes give way
    assert (result.refused_foods, result.source) == ((), PlanSource.reference)


def test_a_refused_food_the_form_likes_stays_and_no_reader_refuses_nothing() -> None:
    engine = PlanEngine(CATALOG, None, notes_reader=_keyword_reader())
    form = example(form={"liked_foods": ("Broccoli",)}).form
    assert engine.plan(form, "I hate broccoli and carrots.").refused_foods == ("carrots",)
    assert PlanEngine(CATALOG, None).plan(form, "I hate carrots.").refused_foods == ()


def test_a_draft_that_drops_a_liked_food_gives_way_to_the_planners_plan() -> None:
    likes = {"liked_foods": ("Broccoli",)}
    perfect = reference_text(**likes)
    assert "Broccoli" in perfect
    kept = PlanEngine(CATALOG, ScriptedRuntime("model", lambda _: perfect))
    assert kept.plan(example(**likes).form, "Hi.").source in (PlanSource.model, PlanSource.repaired)
    dropping = ScriptedRuntime("model", lambda _: perfect.replace("Broccoli", "Spinach"))
    result = PlanEngine(CATALOG, dropping).plan(example(**likes).form, "Hi.")
    assert result.source is PlanSource.reference and result.draft_generation is not None
    assert "Broccoli" in _served_foods(result)
