from __future__ import annotations

import json
from pathlib import Path

import pytest
from datasets import Dataset, DatasetDict
from transformers import AutoTokenizer

from tests.training.conftest import ASSETS, TINY_CONFIG
from training.config import TinySource
from training.config_io import load_config
from training.data import (
    DatasetContractError,
    check_sft_dataset,
    dataset_hash,
    drop_over_length,
    load_sft_dataset,
    take,
)


def _rows(split: str) -> list[dict[str, object]]:
    lines = (ASSETS / "tiny_sft" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_jsonl_folder_loads_both_splits_in_file_order(tiny_dataset: DatasetDict) -> None:
    for split in ("train", "validation"):
        assert tiny_dataset[split].to_list() == _rows(split)


def test_save_to_disk_folder_loads_the_same_rows(tiny_dataset: DatasetDict, tmp_path: Path) -> None:
    tiny_dataset.save_to_disk(str(tmp_path / "ds"))

    loaded = load_sft_dataset(tmp_path / "ds")

    assert dataset_hash(loaded) == dataset_hash(tiny_dataset)


def test_missing_split_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(DatasetContractError, match="`data.path`: missing .*train.jsonl"):
        load_sft_dataset(tmp_path)


def test_hash_is_stable_and_sees_any_row_change(tiny_dataset: DatasetDict) -> None:
    rows = tiny_dataset["train"].to_list()
    edited = [dict(rows[0], completion=[{"role": "assistant", "content": "{}"}]), *rows[1:]]
    same = DatasetDict(train=Dataset.from_list(rows), validation=tiny_dataset["validation"])
    changed = DatasetDict(train=Dataset.from_list(edited), validation=tiny_dataset["validation"])
    reordered = DatasetDict(
        train=Dataset.from_list(rows[::-1]), validation=tiny_dataset["validation"]
    )

    assert dataset_hash(same) == dataset_hash(tiny_dataset)
    assert dataset_hash(changed) != dataset_hash(tiny_dataset)
    assert dataset_hash(reordered) != dataset_hash(tiny_dataset)
    assert dataset_hash(tiny_dataset).startswith("sha256:")


USER = [{"role": "user", "content": "Plan?"}]
ANSWER = [{"role": "assistant", "content": "{}"}]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"prompt": USER}, "lacks columns \\['completion'\\]"),
        ({"prompt": "Plan?", "completion": ANSWER}, "'train' prompt must be a list of messages"),
        (
            {"prompt": USER, "completion": USER},
            "'train' completion messages need a role in \\['assistant'\\]",
        ),
    ],
)
def test_malformed_rows_fail_early(row: dict[str, object], message: str) -> None:
    dataset = DatasetDict(train=Dataset.from_list([row]), validation=Dataset.from_list([row]))

    with pytest.raises(DatasetContractError, match=message):
        check_sft_dataset(dataset)


def test_missing_split_is_named(tiny_dataset: DatasetDict) -> None:
    with pytest.raises(DatasetContractError, match="lacks splits \\['validation'\\]"):
        check_sft_dataset(DatasetDict(train=tiny_dataset["train"]))


def test_empty_split_is_refused(tiny_dataset: DatasetDict) -> None:
    empty = DatasetDict(
        train=tiny_dataset["train"].select([]), validation=tiny_dataset["validation"]
    )

    with pytest.raises(DatasetContractError, match="'train' split is empty"):
        check_sft_dataset(empty)


def test_take_keeps_the_first_rows_and_tolerates_large_limits(tiny_dataset: DatasetDict) -> None:
    train = tiny_dataset["train"]

    assert take(train, 3).to_list() == train.to_list()[:3]
    assert len(take(train, len(train) + 10)) == len(train)
    assert len(take(train, None)) == len(train)


def test_rows_over_max_length_are_dropped_not_truncated(tiny_dataset: DatasetDict) -> None:
    source = load_config(TINY_CONFIG).model.source
    assert isinstance(source, TinySource)
    tokenizer = AutoTokenizer.from_pretrained(source.tokenizer)
    train = tiny_dataset["train"]
    lengths = [
        len(tokenizer.apply_chat_template(row["prompt"] + row["completion"], return_dict=False))
        for row in train
    ]
    limit = sorted(lengths)[len(lengths) // 2]
    kept, dropped = drop_over_length(train, tokenizer, limit)
    assert dropped == sum(length > limit for length in lengths) > 0
    assert kept.to_list() == [row for row, n in zip(train, lengths, strict=True) if n <= limit]
    assert drop_over_length(train, tokenizer, max(lengths))[1] == 0
