"""Held-out examples as the harness reads them from the SFT dataset's test split."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from domain.plan.reading import NotesReading, merge_readings
from domain.plan.request import PlanRequest
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from domain.prompt import parse_reading


@dataclass(frozen=True)
class EvalExample:
    """One user as serving meets them, and the TRUE constraints their plan is scored against.

    Attributes:
        id: Profile id of the row.
        notes: The user's free text; serving reads it, then prompts the plan with it.
        form: What the user entered in the form: all serving knows before the model reads notes.
        request: The true request, including constraints stated only in the notes.
        soft: The wishes the notes state beyond constraints; a plan is scored on them, but
            serving never enforces them (`domain.plan.soft_preferences`).
    """

    id: str
    notes: str
    form: PlanRequest
    request: PlanRequest
    soft: SoftPreferences = NO_SOFT_PREFERENCES


@dataclass(frozen=True)
class ReadingExample:
    """One held-out note and the reading a perfect model would write for it (all sentences)."""

    id: str
    notes: str
    target: NotesReading


def _rows_of(rows: Iterable[Mapping[str, Any]], task: str, limit: int | None) -> list[Any]:
    chosen = [row for row in rows if row["task"] == task]
    return chosen if limit is None else chosen[:limit]


def examples_from_rows(
    rows: Iterable[Mapping[str, Any]], *, limit: int | None = None
) -> list[EvalExample]:
    """Read the `plan` rows (`id`, `notes`, `form_request`, `request`, and `soft_preferences`
    where the dataset has it); other rows are skipped.

    Args:
        rows: Rows of the SFT dataset's `test` split.
        limit: Keep only the first N plan rows; None keeps all.

    Returns:
        The examples, in row order.

    Raises:
        KeyError: If a row lacks `task`, or a plan row one of the columns above.
    """
    return [
        EvalExample(
            id=str(row["id"]),
            notes=str(row["notes"]),
            form=PlanRequest.model_validate_json(row["form_request"]),
            request=PlanRequest.model_validate_json(row["request"]),
            soft=SoftPreferences.model_validate_json(row.get("soft_preferences") or "{}"),
        )
        for row in _rows_of(rows, "plan", limit)
    ]


def reading_examples_from_rows(
    rows: Iterable[Mapping[str, Any]], *, limit: int | None = None
) -> list[ReadingExample]:
    """Join the `read` rows (one sentence each) back into whole notes, grouped by `profile`.

    Serving reads a whole note (sentence by sentence), so a note is the unit of evaluation: its
    text is its sentences in row order, its target their merged targets.

    Args:
        rows: Rows of the SFT dataset's `test` split.
        limit: Keep only the first N notes; None keeps all.

    Returns:
        The notes in order of first appearance, each with its target reading.
    """
    notes: dict[str, list[Mapping[str, Any]]] = {}
    for row in _rows_of(rows, "read", None):
        notes.setdefault(str(row["profile"]), []).append(row)
    examples = [
        ReadingExample(
            id=profile,
            notes=" ".join(str(row["notes"]) for row in sentences),
            target=merge_readings(
                parse_reading(row["completion"][0]["content"]) for row in sentences
            ),
        )
        for profile, sentences in notes.items()
    ]
    return examples if limit is None else examples[:limit]
