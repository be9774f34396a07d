"""The per-request guided schemas: what they let a decoder write, meal by meal and day by day,
and that the planner's drafts still fit their vocabulary and shape."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from domain.catalog import Catalog
from domain.plan import PlanDraft, draft_from_plan, make_plan
from domain.plan.draft import MAX_FOODS_PER_MEAL, DraftDay, DraftMenu
from domain.plan.exercises import allowed_exercises
from domain.plan.foods import allowed_foods
from domain.plan.guided import (
    DAYS_OPEN,
    DRAFT_CLOSE,
    MENU_CLOSE,
    MENUS_OPEN,
    DraftGrammar,
    DraftShape,
    LikedPlaces,
)
from domain.plan.meals import menu_kinds
from domain.plan.request import PlanRequest
from domain.plan.schemas import DayKind, Focus
from domain.profile import Allergen, BodyArea, Diet, Equipment
from domain.prompt import parse_draft, serialise_draft
from tests.domain.plan.factories import make_request


def _validate(instance: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def _enum(schema: dict[str, Any], path: str) -> set[str]:
    node: Any = schema
    for key in path.split("."):
        node = node[int(key)] if key.isdigit() else node[key]
    return set(node["enum"])


def _meal_foods(
    grammar: DraftGrammar,
    index: int = 0,
    earlier: list[DraftMenu] | None = None,
    slot: int = 0,
    this_menu: list[list[str]] | None = None,
) -> set[str]:
    return _enum(grammar.meal(index, earlier or [], slot, this_menu or []), "items")


def _validate_menu(menu: Any, grammar: DraftGrammar, index: int) -> None:
    """A menu's kind and each of its meals, before any exclusion of earlier meals' foods."""
    assert grammar.menu_open(index) == '{"kind":' + json.dumps(menu["kind"]) + ',"meals":['
    assert len(menu["meals"]) == grammar.meals(index)
    for slot, meal in enumerate(menu["meals"]):
        _validate(meal, grammar.meal(index, [], slot))


def _exercise_names(
    grammar: DraftGrammar, index: int = 0, earlier: list[DraftDay] | None = None
) -> set[str]:
    return _enum(grammar.day(index, earlier or []), "properties.ex.items")


def _validate_days(days: list[Any], grammar: DraftGrammar) -> None:
    """Each day against its schema, before any exclusion of earlier days' exercises."""
    assert len(days) == grammar.days
    for index, day in enumerate(days):
        _validate(day, grammar.day(index, []))


def _reference(request: PlanRequest, catalog: Catalog, seed: int = 1) -> PlanDraft:
    return draft_from_plan(make_plan(request, catalog, seed=seed))


def _grammar(request: PlanRequest, catalog: Catalog, **kwargs: bool) -> DraftGrammar:
    return DraftGrammar(request, catalog, DraftShape.of(_reference(request, catalog)), **kwargs)


def test_reference_menus_and_days_fit_the_vocabulary_and_shape(catalog: Catalog) -> None:
    for days, meals in ((2, 3), (4, 4), (6, 5), (7, 3)):
        request = make_request(days_per_week=days, meals_per_day=meals)
        draft = _reference(request, catalog, seed=days)
        grammar = DraftGrammar(request, catalog, DraftShape.of(draft))
        for index, menu in enumerate(draft.menus):
            _validate_menu(json.loads(menu.model_dump_json()), grammar, index)
        _validate_days(json.loads(draft.model_dump_json())["days"], grammar)


def test_names_are_only_what_the_form_allows(catalog: Catalog) -> None:
    form = make_request(
        allergies=frozenset({Allergen.milk}),
        diets=frozenset({Diet.vegetarian}),
        disliked_foods=("banana",),
        injuries=frozenset({BodyArea.knee}),
    )
    grammar = _grammar(form, catalog)
    foods = _meal_foods(grammar)
    assert foods and "Greek yogurt" not in foods  # milk
    assert "Chicken breast" not in foods and "Banana" not in foods  # diet, dislike
    assert "Tofu" in foods
    assert _exercise_names(grammar) == {
        ex.name for ex in allowed_exercises(catalog.exercises, form)
    }


def test_no_equipment_offers_body_weight_exercises_only(catalog: Catalog) -> None:
    """Notes describing a gym were read before drafting; nothing read means body weight."""
    with_gym = _exercise_names(_grammar(make_request(), catalog))
    blank = _exercise_names(_grammar(make_request(equipment=frozenset()), catalog))
    body_only = make_request(equipment=frozenset({Equipment.body_only}))
    assert blank == _exercise_names(_grammar(body_only, catalog)) < with_gym


def test_kinds_foci_and_every_list_length_are_fixed(catalog: Catalog) -> None:
    request = make_request(days_per_week=5, meals_per_day=4)
    reference = _reference(request, catalog)
    grammar = DraftGrammar(request, catalog, DraftShape.of(reference))
    days = [grammar.day(index, []) for index in range(grammar.days)]
    assert [d["properties"]["focus"]["const"] for d in days] == [d.focus for d in reference.days]
    assert [d["properties"]["ex"]["maxItems"] for d in days] == [len(d.ex) for d in reference.days]
    assert [d["properties"]["ex"]["minItems"] for d in days] == [len(d.ex) for d in reference.days]
    assert [grammar.menu_open(i) for i in range(grammar.menus)] == [
        f'{{"kind":"{kind}","meals":[' for kind in menu_kinds(5)
    ]
    counts = [
        [grammar.meal(i, [], slot)["maxItems"] for slot in range(grammar.meals(i))]
        for i in range(grammar.menus)
    ]
    assert counts == [[len(meal) for meal in m.meals] for m in reference.menus]
    assert all(1 <= n <= MAX_FOODS_PER_MEAL for menu in counts for n in menu)
    meals = [grammar.meal(i, [], 0) for i in range(grammar.menus)]
    assert all(meal["x-guidance"] == {"whitespace_flexible": False} for meal in meals)


def test_meals_only_has_no_days(catalog: Catalog) -> None:
    grammar = _grammar(make_request(days_per_week=3), catalog, meals_only=True)
    assert grammar.exercises is None and grammar.days == 0
    with pytest.raises(ValueError, match="no training days"):
        grammar.day(0, [])


def test_schema_refuses_names_outside_the_catalog(catalog: Catalog) -> None:
    request = make_request()
    draft = _reference(request, catalog)
    grammar = DraftGrammar(request, catalog, DraftShape.of(draft))
    draft.menus[0].meals[0][0] = "1.1.1.1"
    with pytest.raises(jsonschema.ValidationError):
        _validate_menu(json.loads(draft.menus[0].model_dump_json()), grammar, 0)


def test_the_pieces_assemble_into_a_plan_draft(catalog: Catalog) -> None:
    """Instances of the meal and day schemas, joined as the engine joins them, parse."""
    request = make_request(days_per_week=3, meals_per_day=3)
    shape = DraftShape(
        menus=tuple((kind, (1, 2, 1)) for kind in menu_kinds(3)),
        days=((Focus.full, 2),) * 3,
    )
    grammar = DraftGrammar(request, catalog, shape)
    exercise = sorted(_exercise_names(grammar))[0]
    menus: list[DraftMenu] = []
    texts = []
    for index, kind in enumerate(menu_kinds(3)):
        meals: list[list[str]] = []
        for slot, count in enumerate(shape.menus[index][1]):
            schema = grammar.meal(index, menus, slot, meals)
            meal = sorted(_enum(schema, "items"))[:count]
            _validate(meal, schema)
            meals.append(meal)
        texts.append(
            grammar.menu_open(index)
            + ",".join(json.dumps(meal, separators=(",", ":")) for meal in meals)
            + MENU_CLOSE
        )
        menus.append(DraftMenu(kind=kind, meals=meals))
    days = [{"focus": "full", "ex": [exercise, exercise]}] * 3
    _validate_days(days, grammar)
    text = (
        MENUS_OPEN
        + ",".join(texts)
        + DAYS_OPEN
        + ",".join(json.dumps(day, separators=(",", ":")) for day in days)
        + DRAFT_CLOSE
    )
    draft = parse_draft(text)
    assert draft.menus == menus and draft.menus[-1].kind is DayKind.rest
    assert DraftShape.of(draft) == shape
    assert serialise_draft(draft) == text  # the text training targets have
    served = [name for menu in menus for meal in menu.meals for name in meal]
    assert len(set(served)) == len(served)  # no food twice in the week


def test_a_later_meal_serves_only_new_foods_but_liked_ones(catalog: Catalog) -> None:
    request = make_request(days_per_week=3, meals_per_day=3, liked_foods=("oats",))
    shape = DraftShape(menus=((DayKind.train, (2, 1, 1)),) * 2, days=())
    grammar = DraftGrammar(request, catalog, shape, meals_only=True)
    first = DraftMenu(kind=DayKind.train, meals=[["Oats", "Banana"], ["Tofu"], ["Apple"]])
    later = [_meal_foods(grammar, 1, [first], slot) for slot in range(3)]
    for foods in later:  # whichever meal served them before
        assert foods.isdisjoint({"Banana", "Tofu", "Apple"}) and "Oats" in foods  # oats are liked
    assert _meal_foods(grammar) >= later[0] | {"Banana", "Tofu", "Apple"}
    lunch = _meal_foods(grammar, 0, [], 1, [["Oats", "Banana"]])  # earlier in the same menu
    assert "Banana" not in lunch and {"Oats", "Tofu"} <= lunch
    dinner = _meal_foods(grammar, 1, [first], 2, [["Eggs"], ["Salmon"]])
    assert dinner.isdisjoint({"Banana", "Tofu", "Apple", "Eggs", "Salmon"}) and "Oats" in dinner


def test_a_day_serves_no_exercise_another_focus_served_but_liked_ones(catalog: Catalog) -> None:
    request = make_request(
        days_per_week=4, equipment=frozenset(Equipment), liked_exercises=("Pullups",)
    )
    shape = DraftShape(
        menus=((DayKind.train, (1, 1, 1)),),
        days=((Focus.upper_body, 3), (Focus.lower_body, 3), (Focus.upper_body, 3)),
    )
    grammar = DraftGrammar(request, catalog, shape)
    upper = DraftDay(focus=Focus.upper_body, ex=["Pushups", "Pullups", "Barbell Squat"])
    lower = _exercise_names(grammar, 1, [upper])
    assert (
        lower.isdisjoint({"Pushups", "Barbell Squat"}) and "Pullups" in lower
    )  # pull-ups are liked
    lower_day = DraftDay(focus=Focus.lower_body, ex=["Romanian Deadlift"])
    again = _exercise_names(grammar, 2, [upper, lower_day])
    assert {"Pushups", "Barbell Squat"} <= again  # a focus may repeat its own exercises
    assert "Romanian Deadlift" not in again
    assert _exercise_names(grammar) >= lower | {"Pushups", "Barbell Squat"}


def test_a_day_whose_exercises_are_used_up_gets_them_all_back(catalog: Catalog) -> None:
    request = make_request(days_per_week=2)
    shape = DraftShape(
        menus=((DayKind.train, (1, 1, 1)),), days=((Focus.upper_body, 2), (Focus.lower_body, 2))
    )
    grammar = DraftGrammar(request, catalog, shape)
    everything = grammar.exercises or []
    upper = DraftDay.model_construct(focus=Focus.upper_body, ex=everything[:-1])  # one left for two
    assert _exercise_names(grammar, 1, [upper]) == set(everything)


def test_a_meal_whose_foods_are_used_up_gets_them_all_back(catalog: Catalog) -> None:
    request = make_request(days_per_week=3, meals_per_day=3)
    shape = DraftShape(menus=((DayKind.train, (2, 1, 1)),) * 2, days=())
    grammar = DraftGrammar(request, catalog, shape, meals_only=True)
    everything = [f.name for f in allowed_foods(catalog.everyday, request)]
    used = everything[:-1]  # one food left for a meal of two: fewer than it needs
    earlier = [
        DraftMenu(kind=DayKind.train, meals=[used[i : i + 10], ["Tofu"], ["Banana"]])
        for i in range(0, len(used), 10)
    ]
    assert _meal_foods(grammar, 1, earlier) == set(everything)
    assert _meal_foods(grammar, 0, [], 1, [used]) == {everything[-1]}  # enough for one food


def test_no_food_left_is_a_clear_error(catalog: Catalog) -> None:
    request = make_request(disliked_foods=tuple(f.name for f in catalog.everyday))
    shape = DraftShape(menus=((DayKind.train, (1, 1, 1)),), days=())
    with pytest.raises(ValueError, match="no catalog entry fits"):
        DraftGrammar(request, catalog, shape)


def test_menu_kinds_follow_the_training_days() -> None:
    assert menu_kinds(1) == [DayKind.train, DayKind.rest, DayKind.rest]
    assert menu_kinds(7) == [DayKind.train, DayKind.train]


def _liked_request() -> PlanRequest:
    return make_request(liked_foods=("oats", "salmon", "durian"), liked_exercises=("Pushups",))


def test_liked_places_are_the_first_place_the_planner_serves_each_like(catalog: Catalog) -> None:
    request = _liked_request()
    draft = _reference(request, catalog, seed=0)
    liked = LikedPlaces.of(draft, request, catalog)
    assert sorted(liked.foods.values()) == ["oats", "salmon"]  # no durian in the catalog
    for (menu, meal, position), term in liked.foods.items():
        assert term in draft.menus[menu].meals[meal][position].casefold()
        earlier = [name for m in draft.menus[:menu] for foods in m.meals for name in foods] + [
            name for foods in draft.menus[menu].meals[:meal] for name in foods
        ]
        assert not any(term in name.casefold() for name in earlier)  # the first place
    ((day, position), name), *more = liked.exercises.items()
    assert (name, more) == ("Pushups", []) and draft.days[day].ex[position] == "Pushups"
    nothing = LikedPlaces.of(draft, make_request(), catalog)
    assert (nothing.foods, nothing.exercises) == ({}, {})


def test_a_draft_must_serve_each_like_where_the_planner_does(catalog: Catalog) -> None:
    request = _liked_request()
    draft = _reference(request, catalog, seed=0)
    liked = LikedPlaces.of(draft, request, catalog)
    grammar = DraftGrammar(request, catalog, DraftShape.of(draft), liked=liked)
    for index, menu in enumerate(draft.menus):
        _validate_menu(json.loads(menu.model_dump_json()), grammar, index)  # the planner's fit
    (menu, meal, position), term = next(
        (place, term) for place, term in liked.foods.items() if term == "salmon"
    )
    schema = grammar.meal(menu, [], meal)
    reserved = schema["prefixItems"][position]
    assert reserved["enum"] and all("salmon" in name.casefold() for name in reserved["enum"])
    without = list(draft.menus[menu].meals[meal])
    without[position] = "Tofu"
    with pytest.raises(jsonschema.ValidationError):
        _validate(without, schema)
    days = json.loads(draft.model_dump_json())["days"]
    _validate_days(days, grammar)
    ((day, position), _), *_ = liked.exercises.items()
    days[day]["ex"][position] = "Pullups"
    with pytest.raises(jsonschema.ValidationError):
        _validate_days(days, grammar)
