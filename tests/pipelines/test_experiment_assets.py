"""`ab_report` and `preference_pairs` materialised against a fake product API."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
from mlflow import MlflowClient

from domain.api.serving import Variant
from pipelines.defs.asset_checks.preference_pairs import pairs_well_formed
from pipelines.defs.assets.experiments import ab_report, preference_pairs
from pipelines.defs.resources.artifacts import ArtifactStore, RecordIOManager
from pipelines.defs.resources.mlflow import LocalMlflow
from tests.domain.plan.factories import make_request
from tests.pipelines.fake_product_api import FakeProductServer, fake_api
from tests.utils.experiments import Arm, Population, feedback, plan_draft, simulate_export
from training.sft_data.store import load_splits, save_splits

ASSETS = [ab_report, preference_pairs, pairs_well_formed]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[dict[str, Any], FakeProductServer, str]:
    api, server = fake_api(f"app-{tmp_path.name}")
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    resources = {
        "product_api": api,
        "artifact_store": ArtifactStore(root=str(tmp_path / "artifacts")),
        "io_manager": RecordIOManager(root=str(tmp_path / "records")),
        "mlflow": LocalMlflow(tracking_uri=uri, artifact_root=str(tmp_path / "mlruns")),
    }
    return resources, server, uri


def _materialize(
    resources: dict[str, Any], asset: dg.AssetsDefinition
) -> dg.ExecuteInProcessResult:
    return dg.materialize(ASSETS, selection=[asset], resources=resources, raise_on_error=False)


def test_ab_report_lands_in_mlflow_and_in_the_asset_metadata(
    setup: tuple[dict[str, Any], FakeProductServer, str],
) -> None:
    resources, server, uri = setup
    population = Population(
        arms={Variant.champion: Arm(800), Variant.challenger: Arm(800, adherence_lift=0.2)}
    )
    server.units["planner-ab"] = simulate_export(population, seed=0, experiment="planner-ab")
    result = _materialize(resources, ab_report)
    assert result.success
    [event] = result.asset_materializations_for_node("ab_report")
    metadata = event.metadata
    assert metadata["recommendation"].value == "promote_challenger"
    assert metadata["sample_ratio_mismatch"].value is False
    assert "| adherence ↑ (primary) |" in str(metadata["report"].value)
    html = Path(str(metadata["html"].value))
    for key, name in (("lift_plot", "lift.png"), ("sample_ratio_plot", "sample_ratio.png")):
        inline = str(metadata[key].value)
        png = base64.b64decode(inline.split("base64,", 1)[1].rstrip(")"))
        assert png == (html.parent / name).read_bytes()
    run = MlflowClient(uri).get_run(str(metadata["mlflow_run_id"].value))
    assert run.data.tags["ab.experiment"] == "planner-ab"
    assert run.data.metrics["adherence.lift"] > 0


def test_preference_pairs_are_saved_and_pass_the_blocking_check(
    setup: tuple[dict[str, Any], FakeProductServer, str],
) -> None:
    resources, server, _ = setup
    request = make_request(days_per_week=3)
    server.feedback = [
        feedback(f"u{seed}", request, plan_draft(request, seed), stars=stars)
        for seed, stars in enumerate((5, 1, 4, 2, 3))
    ]
    result = _materialize(resources, preference_pairs)
    assert result.success
    [check] = result.get_asset_check_evaluations()
    assert check.passed
    [event] = result.asset_materializations_for_node("preference_pairs")
    assert event.metadata["pairs"].value == 4
    assert event.metadata["feedback_records"].value == 5
    artifact = result.output_for_node("preference_pairs")
    rows = load_splits(artifact)["train"]
    assert set(rows.column_names) >= {"prompt", "chosen", "rejected"}
    assert len(rows) == 4


def test_no_pairs_fails_with_what_a_pair_needs(
    setup: tuple[dict[str, Any], FakeProductServer, str],
) -> None:
    resources, server, _ = setup
    request = make_request()
    server.feedback = [feedback("u", request, plan_draft(request, 0), stars=5)]
    result = _materialize(resources, preference_pairs)
    assert not result.success
    [failure] = result.get_step_failure_events()
    assert "no preference pairs in 1 feedback records" in str(failure.step_failure_data.error)


def test_check_fails_on_a_malformed_pair(tmp_path: Path) -> None:
    row = {
        "prompt": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        "chosen": [{"role": "assistant", "content": "{}"}],
        "rejected": [{"role": "assistant", "content": "{}"}],
    }
    artifact = save_splits(
        {"train": [row]}, root=tmp_path, prompt_format_version="4", names=("train",)
    )
    result = pairs_well_formed(artifact)
    assert not result.passed
    assert result.metadata["problems"].value == 3
