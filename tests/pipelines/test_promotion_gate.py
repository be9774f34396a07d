"""The promotion gate check on records alone: which profile enforces the production floors."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from evaluation.gate import PLANNER_PARITY_WARNING, READING_FLOOR_WARNING
from evaluation.proposers import REFERENCE
from pipelines.defs.asset_checks.promotion_gate import PromotionGateConfig, promotion_gate
from pipelines.defs.assets.evaluation import EvalRecord
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.lineage import AdapterRecord

SOUND_PLANS = {"schema_valid_rate": 1.0, "hard_violations_after": 0.0, "kcal_error_p95": 0.02}
GOOD_READING = {
    "hand_reading_exact_rate": 0.95,
    "hand_reading_unsafe_rate": 0.0,
    "hand_reading_unsafe_upper95": 0.016,
}
POOR_READING = {
    "hand_reading_exact_rate": 0.33,
    "hand_reading_unsafe_rate": 0.33,
    "hand_reading_unsafe_upper95": 0.39,
}
PLANNER = {"liked_used_rate": 0.6, "distinct_foods": 30.0, "distinct_exercises": 9.0}
BETTER_THAN_PLANNER = {**PLANNER, "vs_reference_soft_honoured_rate_diff_low95": 0.2}
FEWER_LIKES = {**BETTER_THAN_PLANNER, "liked_used_rate": 0.4}
NO_SOFT_GAIN = {**BETTER_THAN_PLANNER, "vs_reference_soft_honoured_rate_diff_low95": -0.05}


def _record(profile: str, reading: dict[str, float], parity: dict[str, float]) -> EvalRecord:
    adapter = AdapterRecord(
        candidate="smollm2_135m-lora_sft", profile=profile, adapter_dir="adapter",
        mlflow_run_id="run", dataset_hash="hash", metrics={},
    )  # fmt: skip
    return EvalRecord(
        adapter=adapter, merged_dir="merged", onnx_dir="onnx", eval_dir="eval",
        aggregates={adapter.candidate: {**SOUND_PLANS, **reading, **parity}, REFERENCE: PLANNER},
    )  # fmt: skip


def _gate(record: EvalRecord, tmp_path: Path) -> dg.AssetCheckResult:
    mlflow = LocalMlflow(  # an empty registry: no champion to regress on
        tracking_uri=f"sqlite:///{tmp_path / 'mlflow.db'}", artifact_root=str(tmp_path / "runs")
    )
    context = dg.build_asset_check_context(resources={"mlflow": mlflow})
    result = promotion_gate(context, config=PromotionGateConfig(), candidate_eval=record)
    assert isinstance(result, dg.AssetCheckResult)
    return result


def _failures(result: dg.AssetCheckResult) -> list[str]:
    failures = result.metadata["failures"].value
    assert isinstance(failures, list)
    return [str(failure).split("=")[0] for failure in failures]


def test_the_full_profile_enforces_the_reading_floor(tmp_path: Path) -> None:
    result = _gate(_record("full", POOR_READING, BETTER_THAN_PLANNER), tmp_path)
    assert not result.passed
    assert _failures(result) == list(POOR_READING)
    assert result.metadata["production_floors_enforced"].value is True


@pytest.mark.parametrize(
    ("parity", "reason"),
    [
        (FEWER_LIKES, "liked_used_rate"),
        (NO_SOFT_GAIN, "vs_reference_soft_honoured_rate_diff_low95"),
    ],
)
def test_the_full_profile_refuses_a_candidate_short_of_the_planner(
    parity: dict[str, float], reason: str, tmp_path: Path
) -> None:
    result = _gate(_record("full", GOOD_READING, parity), tmp_path)
    assert not result.passed
    assert _failures(result) == [reason]
    assert result.metadata["planner_liked_used_rate"].value == PLANNER["liked_used_rate"]


def test_the_full_profile_promotes_a_candidate_better_than_the_planner(tmp_path: Path) -> None:
    result = _gate(_record("full", GOOD_READING, BETTER_THAN_PLANNER), tmp_path)
    assert result.passed
    assert result.metadata["warnings"].value == []
    assert result.metadata["vs_reference_soft_honoured_rate_diff_low95"].value == 0.2


@pytest.mark.parametrize("profile", ["quick", "tiny"])
def test_smoke_profiles_pass_and_warn(profile: str, tmp_path: Path) -> None:
    result = _gate(_record(profile, POOR_READING, FEWER_LIKES), tmp_path)
    assert result.passed
    warnings = result.metadata["warnings"].value
    assert isinstance(warnings, list) and len(warnings) == 2
    assert str(warnings[0]).startswith(READING_FLOOR_WARNING)
    assert str(warnings[1]).startswith(f"{PLANNER_PARITY_WARNING}: liked_used_rate=0.4")
    assert result.metadata["hand_reading_unsafe_rate"].value == 0.33
    assert result.metadata["production_floors_enforced"].value is False
