from __future__ import annotations

from typing import Any

import pytest
from datasets import Dataset, DatasetDict

from training.data import DatasetContractError
from training.dpo_data import REJECTED, pairs_from_rows, preference_splits

PROMPT = [{"role": "system", "content": "plan"}, {"role": "user", "content": "3 days"}]


def _turn(text: str) -> list[dict[str, str]]:
    return [{"role": "assistant", "content": text}]


def _row(task: str, best: str, worst: str | None) -> dict[str, Any]:
    return {
        "task": task,
        "prompt": PROMPT,
        "completion": _turn(best),
        REJECTED: _turn(worst) if worst is not None else [],
    }


def test_pairs_keep_plan_rows_with_a_distinct_worse_draft() -> None:
    rows = [
        _row("plan", "best", "worst"),
        _row("read", "reading", None),
        _row("plan", "only", None),  # no worse solution
        _row("plan", "tie", "tie"),  # every draft scored the same
    ]

    pairs = pairs_from_rows(rows)

    assert pairs == [{"prompt": PROMPT, "chosen": _turn("best"), "rejected": _turn("worst")}]


def test_splits_add_feedback_pairs_to_training_only() -> None:
    sft = DatasetDict(
        train=Dataset.from_list([_row("plan", "a", "b"), _row("read", "r", None)]),
        validation=Dataset.from_list([_row("plan", "c", "d")]),
    )
    feedback = [
        {"prompt": PROMPT, "chosen": _turn("liked"), "rejected": _turn("disliked"), "rule": "x"}
    ]

    pairs = preference_splits(sft, feedback)

    assert pairs["train"].column_names == ["prompt", "chosen", "rejected"]
    assert [row["chosen"][0]["content"] for row in pairs["train"]] == ["a", "liked"]
    assert [row["rejected"][0]["content"] for row in pairs["validation"]] == ["d"]


def test_a_dataset_without_rejected_drafts_is_refused_by_name() -> None:
    old = Dataset.from_list([{"prompt": PROMPT, "completion": _turn("a")}])

    with pytest.raises(DatasetContractError, match=REJECTED):
        preference_splits(DatasetDict(train=old, validation=old))


def test_a_split_without_any_pair_is_refused() -> None:
    reads = Dataset.from_list([_row("read", "r", None)])
    plans = Dataset.from_list([_row("plan", "a", "b")])

    with pytest.raises(DatasetContractError, match="'validation' split has no plan row"):
        preference_splits(DatasetDict(train=plans, validation=reads))
