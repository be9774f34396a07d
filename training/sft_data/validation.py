"""Schema validation of SFT targets: every completion must parse as a `PlanDraft`."""

from __future__ import annotations

from datasets import DatasetDict
from pydantic import ValidationError

from domain.prompt import parse_draft


def invalid_targets(dataset: DatasetDict) -> list[str]:
    """Rows whose completion is not one assistant message holding a schema-valid draft.

    Args:
        dataset: The SFT DatasetDict.

    Returns:
        `"<split>/<id>: <reason>"` for each broken row; empty when all are valid.
    """
    problems: list[str] = []
    for split, rows in dataset.items():
        for row in rows:
            completion = row["completion"]
            if len(completion) != 1 or completion[0]["role"] != "assistant":
                problems.append(f"{split}/{row['id']}: completion is not one assistant message")
                continue
            try:
                parse_draft(completion[0]["content"])
            except ValidationError as error:
                problems.append(f"{split}/{row['id']}: {error.errors()[0]['msg']}")
    return problems
