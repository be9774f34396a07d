"""The CLI end to end on the tiny model's ONNX build, from a folder and from a registry alias."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mlflow import MlflowClient

from evaluation.handwritten.__main__ import main, run
from evaluation.harness import read_reading_results
from evaluation.registry import CandidateArtefacts, CandidateCard, promote, register_candidate

METRICS = {
    "hand_reading_examples",
    "hand_reading_exact_rate",
    "hand_reading_unsafe_rate",
    "hand_reading_unsafe_upper95",
}


def test_cli_reads_the_notes_with_a_build_folder_or_alias(
    tiny_onnx_dir: Path,
    candidate_dirs: tuple[Path, Path, Path],
    mlflow_client: MlflowClient,
    mlflow_uri: str,
    model_name: str,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    measured = run(["--onnx-dir", str(tiny_onnx_dir), "--limit", "3", "--out", str(out)])
    assert measured.name == tiny_onnx_dir.name
    assert set(measured.metrics) == METRICS
    assert measured.metrics["hand_reading_examples"] == 3
    assert [r.example_id for r in read_reading_results(measured.results)] == [
        "hw-001", "hw-002", "hw-003",
    ]  # fmt: skip
    assert measured.breakdown.read_text(encoding="utf-8") == measured.table
    assert measured.table.splitlines()[2].startswith("| all | 3 | ")

    adapter, merged, _ = candidate_dirs
    card = CandidateCard(candidate="tiny", base_model="tiny", dataset_hash="x", recipe="lora_sft")
    artefacts = CandidateArtefacts(adapter_dir=adapter, merged_dir=merged, onnx_dir=tiny_onnx_dir)
    version = register_candidate(
        mlflow_client, card=card, artefacts=artefacts, metrics={}, name=model_name
    )
    promote(mlflow_client, str(version.version), name=model_name)
    registry = ["--tracking-uri", mlflow_uri, "--model", model_name]
    champion = run(["--alias", "champion", *registry, "--limit", "1", "--out", str(out)])
    assert champion.name == "champion"
    assert champion.metrics["hand_reading_examples"] == 1
    assert champion.results == out / "hand_reading-champion.jsonl"


def test_cli_says_when_the_alias_is_not_set(
    mlflow_client: MlflowClient,
    mlflow_uri: str,
    model_name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mlflow_client.create_registered_model(model_name)
    argv = ["prog", "--alias", "champion", "--tracking-uri", mlflow_uri, "--model", model_name]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit, match=f"error: {model_name} has no @champion"):
        main()
