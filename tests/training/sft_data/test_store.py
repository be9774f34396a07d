from __future__ import annotations

from pathlib import Path

import pytest
from datasets import Dataset, DatasetDict

from training.sft_data.hashing import content_hash
from training.sft_data.store import DatasetHashMismatch, load_splits, save_splits


def _rows(tag: str) -> dict[str, list[dict[str, object]]]:
    def row(index: int) -> dict[str, object]:
        return {
            "id": f"{tag}{index}",
            "prompt": [{"role": "user", "content": f"q{index}"}],
            "completion": [{"role": "assistant", "content": f"a{index}"}],
        }

    return {"train": [row(0), row(1)], "validation": [row(2)], "test": [row(3)]}


def test_save_is_content_addressed_and_loads_back_the_same_rows(tmp_path: Path) -> None:
    rows = _rows("x")
    artifact = save_splits(rows, root=tmp_path, prompt_format_version="1")
    assert artifact.content_hash == content_hash(rows)
    assert Path(artifact.path) == tmp_path / artifact.content_hash[:16]
    assert artifact.rows == {"train": 2, "validation": 1, "test": 1}
    loaded = load_splits(artifact)
    assert {split: loaded[split].to_list() for split in rows} == rows
    assert save_splits(rows, root=tmp_path, prompt_format_version="1") == artifact
    other = save_splits(_rows("y"), root=tmp_path, prompt_format_version="1")
    assert other.path != artifact.path
    assert not list(tmp_path.glob(".staging-*"))


def test_load_refuses_rows_that_changed_on_disk(tmp_path: Path) -> None:
    artifact = save_splits(_rows("x"), root=tmp_path, prompt_format_version="1")
    changed = _rows("z")
    tampered = tmp_path / "tampered"
    DatasetDict({s: Dataset.from_list(r) for s, r in changed.items()}).save_to_disk(str(tampered))
    with pytest.raises(DatasetHashMismatch, match=artifact.content_hash):
        load_splits(artifact.model_copy(update={"path": str(tampered)}))


def test_splits_must_be_train_validation_test(tmp_path: Path) -> None:
    rows = _rows("x")
    del rows["test"]
    with pytest.raises(ValueError, match="splits must be"):
        save_splits(rows, root=tmp_path, prompt_format_version="1")


def test_hash_ignores_key_and_set_order_but_not_row_order() -> None:
    first: dict[str, list[dict[str, object]]] = {
        "train": [{"a": 1, "b": frozenset({"x", "y", "z"})}, {"a": 2}]
    }
    same: dict[str, list[dict[str, object]]] = {
        "train": [{"b": frozenset({"z", "y", "x"}), "a": 1}, {"a": 2}]
    }
    swapped: dict[str, list[dict[str, object]]] = {
        "train": [{"a": 2}, {"a": 1, "b": frozenset({"x", "y", "z"})}]
    }
    assert content_hash(first) == content_hash(same)
    assert content_hash(first) != content_hash(swapped)
    with pytest.raises(TypeError, match="cannot hash"):
        content_hash({"train": [{"a": object()}]})
