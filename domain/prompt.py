"""The prompt format shared by training and serving: one definition, byte for byte.

Chat-template drift between training and serving is the most reported fine-tuning bug, so both
sides build messages only through these pure functions. Change anything here and bump
`PROMPT_FORMAT_VERSION`: adapters trained on another version will see a prompt they never saw.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Final, Literal, TypedDict

from domain.plan.draft import PlanDraft
from domain.plan.reading import READING_SETS, WISHES_KEY, NotesReading
from domain.plan.request import PlanRequest
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences, wishes_wire

PROMPT_FORMAT_VERSION: Final = "5"

SYSTEM_PROMPT: Final = (
    "You are NexFitra's planning assistant. Read the user's profile and notes, then answer "
    "with one JSON plan draft: a few daily menus, then the exercises of each training day, "
    "using exact catalog names only and no quantities, honouring every constraint."
)

READING_SYSTEM_PROMPT: Final = (
    "You are NexFitra's notes reader. Read the user's notes and answer with one JSON object of "
    "the constraints they state: the equipment they have, injured body areas, food allergies "
    "and diets; then any wishes: foods they love or want less of, exercises they enjoy or find "
    "boring. Leave out everything the notes do not say."
)

NOT_GIVEN: Final = "not given"


class ChatMessage(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


def one_line(notes: str) -> str:
    """Notes as the model sees them: runs of whitespace become one space."""
    return " ".join(notes.split())


def _join(values: Iterable[str]) -> str:
    joined = "; ".join(values)
    return joined or NOT_GIVEN


def _sorted_names(values: Iterable[StrEnum]) -> str:
    """Sets have no order of their own; sorting keeps the rendering byte-stable."""
    return _join(sorted(str(value) for value in values))


def render_user_message(request: PlanRequest, notes: str) -> str:
    """Render the structured form a user filled in, their notes and their targets.

    Args:
        request: The constraints the user entered in the form (not those only in `notes`).
        notes: The user's free text; runs of whitespace become one space to keep one line.

    Returns:
        The user message: one `label: value` line per field, sets sorted, then the notes.
    """
    targets = request.targets
    session = NOT_GIVEN if request.session_minutes is None else f"{request.session_minutes} min"
    lines = [
        f"sex: {request.sex}",
        f"age: {request.age}",
        f"height: {request.height_cm:g} cm",
        f"weight: {request.weight_kg:g} kg",
        f"goal: {request.goal}",
        f"activity: {request.activity_level}",
        f"experience: {request.experience}",
        f"training days per week: {request.days_per_week}",
        f"session length: {session}",
        f"meals per day: {request.meals_per_day}",
        f"equipment: {_sorted_names(request.equipment)}",
        f"injuries: {_sorted_names(request.injuries)}",
        f"allergies: {_sorted_names(request.allergies)}",
        f"diet: {_sorted_names(request.diets)}",
        f"liked foods: {_join(request.liked_foods)}",
        f"disliked foods: {_join(request.disliked_foods)}",
        f"liked exercises: {_join(request.liked_exercises)}",
        f"daily targets: {targets.calories} kcal, protein {targets.protein_g} g, "
        f"carbs {targets.carbs_g} g, fat {targets.fat_g} g",
        f"notes: {one_line(notes) or NOT_GIVEN}",
    ]
    return "\n".join(lines)


def prompt_messages(request: PlanRequest, notes: str) -> list[ChatMessage]:
    """The system and user messages the model is conditioned on.

    Args:
        request: The constraints the user entered in the form.
        notes: The user's free text.

    Returns:
        `[system, user]`, ready for a tokenizer's chat template.
    """
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": render_user_message(request, notes)},
    ]


def reading_messages(notes: str) -> list[ChatMessage]:
    """The system and user messages of the reading task: the notes alone.

    Args:
        notes: The user's free text; must say something (empty notes need no reading).

    Returns:
        `[system, user]`, ready for a tokenizer's chat template.

    Raises:
        ValueError: If `notes` is blank.
    """
    text = one_line(notes)
    if not text:
        raise ValueError("blank notes state nothing: skip the reading instead")
    return [
        {"role": "system", "content": READING_SYSTEM_PROMPT},
        {"role": "user", "content": f"notes: {text}"},
    ]


class _SentenceReading(NotesReading):
    """A sentence's reading on the wire: its constraints, then the wishes it states."""

    wishes: SoftPreferences = NO_SOFT_PREFERENCES


def reading_completion_messages(
    reading: NotesReading, wishes: SoftPreferences = NO_SOFT_PREFERENCES
) -> list[ChatMessage]:
    """The assistant turn a reading example teaches: the reading's canonical compact JSON, with
    a last `"wishes"` key only when the sentence states any (`domain.plan.soft_preferences`)."""
    if not wishes.count:
        return [{"role": "assistant", "content": reading.model_dump_json()}]
    wire = {**reading.model_dump(mode="json"), WISHES_KEY: wishes_wire(wishes)}
    content = json.dumps(wire, ensure_ascii=False, separators=(",", ":"))
    return [{"role": "assistant", "content": content}]


def parse_sentence_reading(content: str) -> tuple[NotesReading, SoftPreferences]:
    """Parse assistant content back into a reading and the wishes beside it.

    Raises:
        pydantic.ValidationError: If the text is not JSON or does not fit the reading schema.
    """
    wire = _SentenceReading.model_validate_json(content)
    reading = NotesReading.model_validate({topic: getattr(wire, topic) for topic in READING_SETS})
    return reading, wire.wishes


def parse_reading(content: str) -> NotesReading:
    """Parse assistant content back into a reading, leaving out any wishes.

    Raises:
        pydantic.ValidationError: If the text is not JSON or does not fit the reading schema.
    """
    return parse_sentence_reading(content)[0]


def serialise_draft(draft: PlanDraft) -> str:
    """Compact JSON of a draft, keys in the schema's declaration order.

    Schema order rather than sorted keys: JSON-schema constrained decoding emits properties in
    the order the schema lists them, so training targets must follow the same order.

    Args:
        draft: The plan draft.

    Returns:
        The assistant message content.
    """
    return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def completion_messages(draft: PlanDraft) -> list[ChatMessage]:
    """The assistant turn a training example teaches.

    Args:
        draft: The plan draft.

    Returns:
        `[assistant]` holding `serialise_draft(draft)`.
    """
    return [{"role": "assistant", "content": serialise_draft(draft)}]


def parse_draft(content: str) -> PlanDraft:
    """Parse assistant content back into a draft.

    Args:
        content: JSON text, as `serialise_draft` writes it or a model generates it.

    Returns:
        The validated draft.

    Raises:
        pydantic.ValidationError: If the text is not JSON or does not fit the draft schema.
    """
    return PlanDraft.model_validate_json(content)
