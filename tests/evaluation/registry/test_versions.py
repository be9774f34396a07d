from __future__ import annotations

from pathlib import Path

import pytest
from mlflow import MlflowClient

from evaluation.registry import (
    CHALLENGER,
    CHAMPION,
    CandidateArtefacts,
    CandidateCard,
    RegistryError,
    download_onnx,
    promote,
    read_manifest,
    register_candidate,
    version_metrics,
)

METRICS = {"schema_valid_rate": 1.0, "kcal_error_p95": 0.021}


def _card(candidate: str = "smollm2-135m", run_id: str | None = None) -> CandidateCard:
    return CandidateCard(
        candidate=candidate,
        base_model="/models/smollm2",
        dataset_hash="abc123",
        recipe="lora_sft",
        training_run_id=run_id,
        onnx_precision="int8",
        prompt_format_version="4",
    )


def test_register_uploads_every_artefact_and_tags_the_version(
    mlflow_client: MlflowClient, model_name: str, candidate_dirs: tuple[Path, Path, Path]
) -> None:
    adapter, merged, onnx = candidate_dirs
    version = register_candidate(
        mlflow_client,
        card=_card(),
        artefacts=CandidateArtefacts(adapter_dir=adapter, merged_dir=merged, onnx_dir=onnx),
        metrics=METRICS,
        name=model_name,
    )
    assert str(version.version) == "1"
    assert version.tags["base_model"] == "/models/smollm2"
    assert version.tags["dataset_hash"] == "abc123"
    assert version.tags["recipe"] == "lora_sft"
    assert version.tags["onnx_precision"] == "int8"
    assert version_metrics(version) == pytest.approx(METRICS)
    run_id = str(version.run_id)
    listed = {f.path for f in mlflow_client.list_artifacts(run_id, "model")}
    assert listed == {
        "model/adapter",
        "model/merged",
        "model/onnx",
        "model/tokenizer",
        "model/manifest.json",
    }
    tokenizer = {f.path for f in mlflow_client.list_artifacts(run_id, "model/tokenizer")}
    assert tokenizer == {"model/tokenizer/tokenizer.json", "model/tokenizer/chat_template.jinja"}
    manifest = read_manifest(mlflow_client, version)
    assert manifest["base_model"] == "/models/smollm2"
    assert manifest["onnx_precision"] == "int8"
    assert manifest["prompt_format_version"] == "4"
    assert manifest["artefacts"] == ["adapter", "merged", "onnx", "tokenizer"]
    run = mlflow_client.get_run(run_id)
    assert run.data.metrics["eval.kcal_error_p95"] == pytest.approx(0.021)


def test_each_version_gets_its_own_run_linked_to_the_training_run(
    mlflow_client: MlflowClient, model_name: str, candidate_dirs: tuple[Path, Path, Path]
) -> None:
    adapter, merged, _ = candidate_dirs
    experiment = mlflow_client.get_experiment_by_name("nexfitra-registry")
    assert experiment is not None
    training_run = mlflow_client.create_run(experiment.experiment_id).info.run_id
    artefacts = CandidateArtefacts(adapter_dir=adapter, merged_dir=merged)
    first = register_candidate(
        mlflow_client,
        card=_card("a", training_run),
        artefacts=artefacts,
        metrics={},
        name=model_name,
    )
    second = register_candidate(
        mlflow_client,
        card=_card("a", training_run),
        artefacts=artefacts,
        metrics={"schema_valid_rate": 0.5},
        name=model_name,
    )
    assert (str(first.version), str(second.version)) == ("1", "2")
    assert len({first.run_id, second.run_id, training_run}) == 3
    for version in (first, second):
        run = mlflow_client.get_run(str(version.run_id))
        assert run.data.tags["training_run_id"] == training_run
        assert run.info.status == "FINISHED"
    # The second registration logged into its own run, not over the first one's.
    assert mlflow_client.get_run(str(first.run_id)).data.metrics == {}
    assert mlflow_client.get_run(str(second.run_id)).data.metrics == {"eval.schema_valid_rate": 0.5}
    assert "onnx" not in read_manifest(mlflow_client, first)["artefacts"]  # type: ignore[operator]


def test_register_refuses_missing_dirs_and_tokenizer(
    mlflow_client: MlflowClient, model_name: str, candidate_dirs: tuple[Path, Path, Path]
) -> None:
    adapter, merged, onnx = candidate_dirs
    with pytest.raises(FileNotFoundError, match="adapter"):
        register_candidate(
            mlflow_client,
            card=_card(),
            artefacts=CandidateArtefacts(adapter_dir=adapter / "nope", merged_dir=merged),
            metrics={},
            name=model_name,
        )
    with pytest.raises(FileNotFoundError, match="no tokenizer"):
        register_candidate(
            mlflow_client,
            card=_card(),
            artefacts=CandidateArtefacts(adapter_dir=adapter, merged_dir=onnx),
            metrics={},
            name=model_name,
        )


def test_download_onnx_fetches_the_build_an_alias_points_at(
    mlflow_client: MlflowClient,
    model_name: str,
    candidate_dirs: tuple[Path, Path, Path],
    tmp_path: Path,
) -> None:
    adapter, merged, onnx = candidate_dirs
    with_onnx = CandidateArtefacts(adapter_dir=adapter, merged_dir=merged, onnx_dir=onnx)
    without = CandidateArtefacts(adapter_dir=adapter, merged_dir=merged)
    for artefacts in (with_onnx, without):
        version = register_candidate(
            mlflow_client, card=_card(), artefacts=artefacts, metrics={}, name=model_name
        )
        promote(mlflow_client, str(version.version), name=model_name)
    into = tmp_path / "download"
    into.mkdir()
    build = download_onnx(mlflow_client, CHAMPION, into, name=model_name)
    assert (build / "model.onnx").read_bytes() == b"onnx"
    with pytest.raises(RegistryError, match="version 2 .* has no ONNX build"):
        download_onnx(mlflow_client, CHALLENGER, into, name=model_name)
    mlflow_client.delete_registered_model_alias(model_name, CHALLENGER)
    with pytest.raises(RegistryError, match=f"has no @{CHALLENGER}"):
        download_onnx(mlflow_client, CHALLENGER, into, name=model_name)
