"""The promotion gate check on records alone: which profile enforces the reading floor."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from evaluation.gate import READING_FLOOR_WARNING
from pipelines.defs.asset_checks.promotion_gate import PromotionGateConfig, promotion_gate
from pipelines.defs.assets.evaluation import EvalRecord
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.lineage import AdapterRecord

SOUND_PLANS = {"schema_valid_rate": 1.0, "hard_violations_after": 0.0, "kcal_error_p95": 0.02}
POOR_READING = {
    "hand_reading_exact_rate": 0.33,
    "hand_reading_unsafe_rate": 0.33,
    "hand_reading_unsafe_upper95": 0.39,
}


def _record(profile: str) -> EvalRecord:
    adapter = AdapterRecord(
        candidate="smollm2_135m-lora_sft", profile=profile, adapter_dir="adapter",
        mlflow_run_id="run", dataset_hash="hash", metrics={},
    )  # fmt: skip
    return EvalRecord(
        adapter=adapter, merged_dir="merged", onnx_dir="onnx", eval_dir="eval",
        aggregates={adapter.candidate: {**SOUND_PLANS, **POOR_READING}},
    )  # fmt: skip


def _gate(profile: str, tmp_path: Path) -> dg.AssetCheckResult:
    mlflow = LocalMlflow(  # an empty registry: no champion to regress on
        tracking_uri=f"sqlite:///{tmp_path / 'mlflow.db'}", artifact_root=str(tmp_path / "runs")
    )
    context = dg.build_asset_check_context(resources={"mlflow": mlflow})
    result = promotion_gate(context, config=PromotionGateConfig(), candidate_eval=_record(profile))
    assert isinstance(result, dg.AssetCheckResult)
    return result


def test_the_full_profile_enforces_the_reading_floor(tmp_path: Path) -> None:
    result = _gate("full", tmp_path)
    assert not result.passed
    failures = result.metadata["failures"].value
    assert isinstance(failures, list)
    assert [str(failure).split("=")[0] for failure in failures] == list(POOR_READING)
    assert result.metadata["reading_floor_enforced"].value is True


@pytest.mark.parametrize("profile", ["quick", "tiny"])
def test_smoke_profiles_pass_and_warn(profile: str, tmp_path: Path) -> None:
    result = _gate(profile, tmp_path)
    assert result.passed
    warnings = result.metadata["warnings"].value
    assert isinstance(warnings, list) and len(warnings) == 1
    assert str(warnings[0]).startswith(READING_FLOOR_WARNING)
    assert result.metadata["hand_reading_unsafe_rate"].value == 0.33
    assert result.metadata["reading_floor_enforced"].value is False
