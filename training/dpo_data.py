"""Preference pairs for DPO: the best planner draft of a prompt over its worst one.

Until users give feedback, pairs come from the quality score (`domain.plan.quality`): on `plan`
rows the SFT dataset keeps, next to the best-of-N `completion`, the worst-scored draft for the
same prompt as `rejected_completion` (an empty list on `read` rows and where no worse draft was
found). Pairs from users' feedback (`training.preferences`) can be added to the training split.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from datasets import Dataset, DatasetDict

from training.data import ASSISTANT, PROMPT_ROLES, SPLITS, DatasetContractError, check_conversations

REJECTED = "rejected_completion"
PREFERENCE_ROLES = {"prompt": PROMPT_ROLES, "chosen": ASSISTANT, "rejected": ASSISTANT}


def pairs_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """trl's conversational preference rows (prompt, chosen, rejected) from SFT dataset rows.

    Rows without a rejected draft, or whose rejected draft equals the completion (every draft
    scored the same), make no pair: DPO learns nothing from them.

    Args:
        rows: SFT rows with `prompt`, `completion` and `rejected_completion`.

    Returns:
        One pair per row with a distinct rejected draft, in row order.
    """
    return [
        {"prompt": row["prompt"], "chosen": row["completion"], "rejected": row[REJECTED]}
        for row in rows
        if row.get(REJECTED) and row[REJECTED] != row["completion"]
    ]


def preference_splits(
    dataset: DatasetDict, feedback: Iterable[Mapping[str, Any]] = ()
) -> DatasetDict:
    """The DPO dataset: pairs from each SFT split, plus feedback pairs in training.

    Args:
        dataset: the SFT dataset (`train` and `validation`, with `rejected_completion`).
        feedback: rows of `training.preferences.pairs_from_feedback` (extra columns dropped).

    Returns:
        `train` and `validation` splits of prompt/chosen/rejected conversations.

    Raises:
        DatasetContractError: the dataset predates `rejected_completion`, or a split has no pair.
    """
    splits = {}
    for split in SPLITS:
        if REJECTED not in dataset[split].column_names:
            raise DatasetContractError(
                f"{split!r} split lacks `{REJECTED}`: rebuild the SFT dataset with a generator "
                "that keeps the worst planner draft"
            )
        pairs = pairs_from_rows(dataset[split])
        if split == "train":
            pairs += [{column: row[column] for column in PREFERENCE_ROLES} for row in feedback]
        if not pairs:
            raise DatasetContractError(
                f"{split!r} split has no plan row with a worse draft: raise the planner's "
                "best-of-N or the number of planned profiles"
            )
        splits[split] = Dataset.from_list(pairs)
    preferences = DatasetDict(splits)
    check_conversations(preferences, PREFERENCE_ROLES)
    return preferences
