"""Schema validation of SFT targets: each completion must parse as its task's output."""

from __future__ import annotations

from collections.abc import Callable

from datasets import DatasetDict
from pydantic import BaseModel, ValidationError

from domain.prompt import parse_draft, parse_reading
from training.sft_data.examples import Task

PARSERS: dict[str, Callable[[str], BaseModel]] = {
    Task.plan: parse_draft,
    Task.read: parse_reading,
}


def invalid_targets(dataset: DatasetDict) -> list[str]:
    """Rows whose completion is not one assistant message holding a schema-valid target.

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
            parser = PARSERS.get(row.get("task", ""))
            if parser is None:
                problems.append(f"{split}/{row['id']}: unknown task {row.get('task')!r}")
                continue
            try:
                parser(completion[0]["content"])
            except ValidationError as error:
                problems.append(f"{split}/{row['id']}: {error.errors()[0]['msg']}")
    return problems
