"""The SFT dataset contract: prompt/completion conversations in `train` and `validation` splits."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from datasets import Dataset, DatasetDict, load_from_disk
from transformers import PreTrainedTokenizerBase

SPLITS = ("train", "validation")
PROMPT_ROLES = frozenset({"system", "user"})
ASSISTANT = frozenset({"assistant"})
SFT_ROLES = {"prompt": PROMPT_ROLES, "completion": ASSISTANT}


class DatasetContractError(ValueError):
    """The dataset given to the recipe does not have the expected splits or columns."""


def load_sft_dataset(path: Path) -> DatasetDict:
    """Read a dataset saved with `DatasetDict.save_to_disk`, or a folder of `<split>.jsonl` files.

    Args:
        path: the dataset directory.

    Returns:
        The dataset with at least the `train` and `validation` splits.

    Raises:
        DatasetContractError: a split file is missing or the result breaks the contract.
    """
    if (path / "dataset_dict.json").is_file():
        loaded = load_from_disk(str(path))
        if not isinstance(loaded, DatasetDict):
            raise DatasetContractError(f"{path} holds one Dataset, not train/validation splits")
        check_sft_dataset(loaded)
        return loaded
    splits = {}
    for split in SPLITS:
        file = path / f"{split}.jsonl"
        if not file.is_file():
            raise DatasetContractError(f"`data.path`: missing {file}")
        lines = file.read_text(encoding="utf-8").splitlines()
        splits[split] = Dataset.from_list([json.loads(line) for line in lines if line.strip()])
    dataset = DatasetDict(splits)
    check_sft_dataset(dataset)
    return dataset


def check_sft_dataset(dataset: DatasetDict) -> None:
    """Fail early, before any model is loaded, if the dataset cannot be trained on.

    Raises:
        DatasetContractError: naming the missing split or column, or the empty split.
    """
    check_conversations(dataset, SFT_ROLES)


def check_conversations(dataset: DatasetDict, roles: Mapping[str, frozenset[str]]) -> None:
    """Check the `train` and `validation` splits hold conversations in the given columns.

    Args:
        dataset: the splits.
        roles: each required column and the message roles allowed in it.

    Raises:
        DatasetContractError: naming the missing split or column, the empty split, or a message
            of the first row (which stands for its split) with a role outside its column's.
    """
    absent = [split for split in SPLITS if split not in dataset]
    if absent:
        raise DatasetContractError(f"dataset lacks splits {absent} (has {list(dataset)})")
    for split in SPLITS:
        missing = [column for column in roles if column not in dataset[split].column_names]
        if missing:
            raise DatasetContractError(f"{split!r} split lacks columns {missing}")
        if len(dataset[split]) == 0:
            raise DatasetContractError(f"{split!r} split is empty")
        row = dataset[split][0]
        for column, allowed in roles.items():
            _check_messages(f"{split!r} {column}", row[column], allowed)


def _check_messages(where: str, messages: Any, roles: frozenset[str]) -> None:
    if not isinstance(messages, list) or not messages:
        raise DatasetContractError(f"{where} must be a list of messages")
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in roles:
            raise DatasetContractError(
                f"{where} messages need a role in {sorted(roles)}, got {message!r}"
            )


def dataset_hash(dataset: DatasetDict) -> str:
    """Content hash of the training and validation rows, recorded with every run for lineage.

    Returns:
        `sha256:<hex>`; it changes when any row, its order or a split's membership changes.
    """
    digest = hashlib.sha256()
    for split in SPLITS:
        digest.update(f"\x00split:{split}\x00".encode())
        for row in dataset[split]:
            digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False).encode())
            digest.update(b"\n")
    return f"sha256:{digest.hexdigest()}"


def take(dataset: Dataset, limit: int | None) -> Dataset:
    """The first `limit` rows (all rows when `limit` is None or larger than the split)."""
    if limit is None or limit >= len(dataset):
        return dataset
    return dataset.select(range(limit))


def drop_over_length(
    dataset: Dataset,
    tokenizer: PreTrainedTokenizerBase,
    max_length: int,
    completions: Sequence[str] = ("completion",),
) -> tuple[Dataset, int]:
    """Drop rows whose chat-formatted prompt + a completion exceeds `max_length` tokens.

    The trainer would truncate them at the end instead, cutting the JSON draft short, which
    teaches the model never to close it.

    Args:
        dataset: Rows in the conversational prompt/completion format.
        tokenizer: The candidate's tokenizer, with its chat template.
        max_length: The recipe's `data.max_length`.
        completions: Columns each appended to the prompt in turn (DPO: `chosen`, `rejected`).

    Returns:
        The rows that fit, in their original order, and how many were dropped.
    """

    def fits(row: dict[str, Any]) -> bool:
        chats = (row["prompt"] + row[column] for column in completions)
        return all(
            len(tokenizer.apply_chat_template(chat, tokenize=True, return_dict=False)) <= max_length
            for chat in chats
        )

    kept = dataset.filter(fits)
    return kept, len(dataset) - len(kept)
