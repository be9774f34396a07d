from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from domain.plan.draft import DraftDay, DraftMenu, PlanDraft
from domain.plan.reading import NotesReading, reading_schema
from domain.plan.request import PlanRequest, request_from_profile
from domain.plan.schemas import DayKind, Focus
from domain.plan.soft_preferences import SoftPreferences, WishVocabulary
from domain.profile import (
    ActivityLevel,
    Allergen,
    BodyArea,
    Diet,
    Equipment,
    Experience,
    Goal,
    Sex,
)
from domain.prompt import (
    NOT_GIVEN,
    READING_SYSTEM_PROMPT,
    SYSTEM_PROMPT,
    completion_messages,
    parse_draft,
    parse_reading,
    parse_sentence_reading,
    prompt_messages,
    reading_completion_messages,
    reading_messages,
    render_user_message,
    serialise_draft,
)

ROOT = Path(__file__).resolve().parents[2]


def _request(**overrides: object) -> PlanRequest:
    fields: dict[str, object] = {
        "sex": Sex.female,
        "age": 34,
        "height_cm": 165.5,
        "weight_kg": 61.0,
        "goal": Goal.lose_fat,
        "activity_level": ActivityLevel.light,
        "experience": Experience.beginner,
        "days_per_week": 3,
        "equipment": [Equipment.kettlebell, Equipment.dumbbell, Equipment.bands],
        "allergies": [Allergen.sesame, Allergen.milk, Allergen.peanuts],
        "injuries": [BodyArea.wrist, BodyArea.knee],
        "liked_foods": ["oats", "Salmon, baked"],
        "diets": frozenset({Diet.pescatarian, Diet.gluten_free}),
    }
    fields.update(overrides)
    return request_from_profile(**fields)  # type: ignore[arg-type]


def _draft() -> PlanDraft:
    return PlanDraft(
        menus=[DraftMenu(kind=DayKind.train, meals=[["oats", "blueberries"], ["crème fraîche"]])],
        days=[DraftDay(focus=Focus.full, ex=["Goblet Squat", "Push-up"])],
    )


def _reading() -> NotesReading:
    return NotesReading(
        equipment=frozenset(Equipment) - {Equipment.other},
        allergies=frozenset({Allergen.sesame, Allergen.milk}),
        diets=frozenset({Diet.halal}),
    )


def test_user_message_lists_every_field_with_sets_sorted() -> None:
    request = _request()
    message = render_user_message(request, "  I have a bad\n left knee.  ")
    lines = dict(line.split(": ", 1) for line in message.splitlines())
    assert lines["equipment"] == "bands; dumbbell; kettlebell"
    assert lines["allergies"] == "milk; peanuts; sesame"
    assert lines["injuries"] == "knee; wrist"
    assert lines["diet"] == "gluten_free; pescatarian"
    assert lines["liked foods"] == "oats; Salmon, baked"
    assert lines["height"] == "165.5 cm"
    assert lines["session length"] == NOT_GIVEN
    assert lines["notes"] == "I have a bad left knee."
    assert str(request.targets.calories) in lines["daily targets"]


def test_empty_fields_render_as_not_given() -> None:
    request = _request(equipment=[], allergies=[], injuries=[], liked_foods=[], diets=frozenset())
    lines = dict(line.split(": ", 1) for line in render_user_message(request, "").splitlines())
    for label in ("equipment", "allergies", "injuries", "liked foods", "diet", "notes"):
        assert lines[label] == NOT_GIVEN, label


def test_same_input_renders_identically_whatever_the_set_order() -> None:
    forward = _request(allergies=list(Allergen))
    backward = _request(allergies=list(reversed(Allergen)))
    assert render_user_message(forward, "x") == render_user_message(backward, "x")


def _render_in_fresh_interpreter(hash_seed: str) -> str:
    script = (
        "import json, sys\n"
        "from domain.prompt import prompt_messages, serialise_draft\n"
        "from tests.domain.test_prompt import _draft, _request, _reading\n"
        "messages = json.dumps(prompt_messages(_request(), 'note'))\n"
        "sys.stdout.write(messages + serialise_draft(_draft()) + _reading().model_dump_json())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True
    )
    return done.stdout.decode()


def test_rendering_is_byte_stable_across_processes() -> None:
    """Serving runs in another process: set iteration order there must not change a byte."""
    first, second = _render_in_fresh_interpreter("1"), _render_in_fresh_interpreter("2")
    assert first == second
    reading = _reading().model_dump_json()
    assert (
        first
        == json.dumps(prompt_messages(_request(), "note")) + serialise_draft(_draft()) + reading
    )


def test_prompt_messages_are_system_then_user() -> None:
    messages = prompt_messages(_request(), "hi")
    assert [m["role"] for m in messages] == ["system", "user"]
    assert messages[0]["content"] == SYSTEM_PROMPT


def test_draft_serialises_compactly_in_schema_order_and_round_trips() -> None:
    draft = _draft()
    text = serialise_draft(draft)
    assert ", " not in text and ": " not in text
    assert "crème fraîche" in text
    assert list(json.loads(text)) == list(PlanDraft.model_fields)
    assert parse_draft(text) == draft
    assert completion_messages(draft) == [{"role": "assistant", "content": text}]


@pytest.mark.parametrize(
    "content",
    ["not json", '{"days":[]}', '{"menus":[],"days":[],"notes":[]}', '{"menus":[],"split":"x"}'],
)
def test_parse_draft_rejects_what_the_schema_does_not_allow(content: str) -> None:
    with pytest.raises(ValidationError):
        parse_draft(content)


def test_reading_prompt_shows_the_notes_alone_on_one_line() -> None:
    messages = reading_messages("  No dairy\n please.  ")
    assert messages == [
        {"role": "system", "content": READING_SYSTEM_PROMPT},
        {"role": "user", "content": "notes: No dairy please."},
    ]
    with pytest.raises(ValueError, match="blank notes"):
        reading_messages(" \n ")


def test_reading_completion_is_compact_canonical_json_that_parses_back() -> None:
    (message,) = reading_completion_messages(_reading())
    assert message["role"] == "assistant"
    assert ", " not in message["content"] and ": " not in message["content"]
    assert parse_reading(message["content"]) == _reading()
    with pytest.raises(ValidationError):
        parse_reading('{"equipment":["dumbbell"],"injuries":{},"allergies":{},"diets":{}}')


def test_a_sentences_wishes_follow_its_reading_and_round_trip() -> None:
    reading = NotesReading(allergies=frozenset({Allergen.peanuts}))
    wishes = SoftPreferences(favourite_foods=("salmon",), boring_exercises=("plank",))
    content = reading_completion_messages(reading, wishes)[0]["content"]
    assert content.startswith(reading.model_dump_json()[:-1] + ',"wishes":{"favourite_foods"')
    assert parse_sentence_reading(content) == (reading, wishes)
    assert parse_reading(content) == reading
    assert reading_completion_messages(reading)[0]["content"] == reading.model_dump_json()


def test_the_reading_schema_takes_wishes_as_an_optional_last_key() -> None:
    vocabulary = WishVocabulary(foods=("salmon",), exercises=("plank",))
    schema = reading_schema(vocabulary.schema())
    assert list(schema["properties"])[-1] == "wishes"
    assert "wishes" not in schema["required"]
    favourite = schema["properties"]["wishes"]["properties"]["favourite_foods"]
    assert favourite["items"]["enum"] == ["salmon"] and favourite["minItems"] == 1
