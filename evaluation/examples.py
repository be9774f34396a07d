"""Held-out examples as the harness reads them from the SFT dataset's test split."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from domain.plan.request import PlanRequest


@dataclass(frozen=True)
class EvalExample:
    """One prompt, what serving knows of it, and the TRUE constraints it is scored against.

    Attributes:
        id: Profile id of the row.
        messages: System and user messages exactly as training rendered them.
        form: What the user entered in the form: all serving knows before the model reads notes.
        request: The true request, including constraints stated only in the notes.
    """

    id: str
    messages: tuple[Mapping[str, str], ...]
    form: PlanRequest
    request: PlanRequest


def examples_from_rows(
    rows: Iterable[Mapping[str, Any]], *, limit: int | None = None
) -> list[EvalExample]:
    """Read `{"id", "prompt", "form_request", "request"}` rows (other keys are ignored).

    Args:
        rows: Rows of the SFT dataset's `test` split.
        limit: Keep only the first N rows; None keeps all.

    Returns:
        The examples, in row order.

    Raises:
        KeyError: If a row lacks `id`, `prompt`, `form_request` or `request`.
    """
    examples = []
    for index, row in enumerate(rows):
        if limit is not None and index >= limit:
            break
        examples.append(
            EvalExample(
                id=str(row["id"]),
                messages=tuple(dict(message) for message in row["prompt"]),
                form=PlanRequest.model_validate_json(row["form_request"]),
                request=PlanRequest.model_validate_json(row["request"]),
            )
        )
    return examples
