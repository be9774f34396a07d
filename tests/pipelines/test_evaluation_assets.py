"""The evaluation graph end to end on the tiny model: eval, gate, registration, comparison."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
from mlflow import MlflowClient

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.reading import NotesReading
from domain.prompt import (
    PROMPT_FORMAT_VERSION,
    completion_messages,
    prompt_messages,
    reading_completion_messages,
    reading_messages,
)
from evaluation.gate import PLANNER_PARITY_WARNING, READING_FLOOR_WARNING
from evaluation.registry import CHAMPION, MODEL_NAME, current_aliases, read_manifest
from pipelines.defs.asset_checks.promotion_gate import promotion_gate
from pipelines.defs.assets.catalogs import catalogs
from pipelines.defs.assets.evaluation import candidate_eval, eval_comparison, registered_version
from pipelines.defs.assets.lora_adapter import candidates, lora_adapter
from pipelines.defs.assets.sft_dataset import sft_dataset
from pipelines.defs.resources.artifacts import ArtifactStore, RecordIOManager
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.defs.resources.training import TINY, TrainingSettings
from pipelines.lineage import AdapterRecord, CatalogPart, CatalogRecord, catalog_hash
from tests.domain.plan.factories import make_catalog, make_request
from training.config_io import load_config
from training.data import load_sft_dataset
from training.recipes.lora_sft import run_lora_sft
from training.registry import CONFIG_DIR
from training.sft_data.store import save_splits

ASSETS = Path(__file__).resolve().parents[1] / "assets"
ALL_ASSETS = [
    catalogs,
    sft_dataset,
    lora_adapter,
    candidate_eval,
    registered_version,
    promotion_gate,
]
BAD, GOOD = candidates.get_partition_keys()[:2]
EVAL_CONFIG = {
    "max_new_tokens": 24,
    "max_examples": 2,
    "max_reading_examples": 2,
    "max_hand_notes": 2,
    "max_hand_plans": 2,
    "precision": "fp32",
}
PERMISSIVE = {"min_schema_valid_rate": 0.0, "max_kcal_error_p95": 1.0}


NOTES = "I walk my dog every day."  # the form holds every constraint: nothing to read


class FixtureCatalog(CatalogSource):
    """The domain's small hand-built catalog instead of the fetched data."""

    def load(self) -> Catalog:
        return make_catalog()


def _rows(count: int) -> list[dict[str, Any]]:
    catalog = make_catalog()
    rows = []
    for index in range(count):
        request = make_request(days_per_week=2 + index % 3)
        plan = make_plan(request, catalog, seed=0)
        context = {
            "profile": f"p{index}",
            "notes": NOTES,
            "form_request": request.model_dump_json(),
            "request": request.model_dump_json(),
        }
        rows.append(
            {
                "id": f"p{index}",
                "task": "plan",
                "prompt": prompt_messages(request, NOTES),
                "completion": completion_messages(draft_from_plan(plan)),
                **context,
            }
        )
        rows.append(
            {
                "id": f"r{index}",
                "task": "read",
                "prompt": reading_messages(NOTES),
                "completion": reading_completion_messages(NotesReading()),
                **context,
            }
        )
    return rows


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Upstream records as their assets would have written them, and the resources."""
    root = tmp_path_factory.mktemp("pipeline")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    config = load_config(
        CONFIG_DIR / "tiny" / "lora_sft.yaml",
        [f"output_dir={root / 'sft'}", "train.max_steps=2", f"tracking.tracking_uri={uri}",
         f"tracking.artifact_root={root / 'mlruns'}"],
    )  # fmt: skip
    trained = run_lora_sft(config, load_sft_dataset(ASSETS / "tiny_sft"))
    rows = _rows(4)
    dataset = save_splits(
        {"train": rows[:2], "validation": rows[2:4], "test": rows[4:]},
        root=root / "datasets",
        prompt_format_version=PROMPT_FORMAT_VERSION,
    )
    records = root / "records"
    (records / "sft_dataset").mkdir(parents=True)
    (records / "sft_dataset" / "__all__.json").write_text(dataset.model_dump_json())
    catalog = make_catalog()
    for part, key in (
        (CatalogPart.foods, "food_catalog"),
        (CatalogPart.exercises, "exercise_catalog"),
    ):
        record = CatalogRecord(part=part, data_dir="test", content_hash=catalog_hash(catalog, part),
                               counts={})  # fmt: skip
        (records / key).mkdir()
        (records / key / "__all__.json").write_text(record.model_dump_json())
    (records / "lora_adapter").mkdir()
    for candidate in (BAD, GOOD):
        adapter = AdapterRecord(
            candidate=candidate,
            profile="tiny",
            adapter_dir=str(trained.adapter_dir),
            mlflow_run_id=trained.mlflow_run_id,
            dataset_hash=dataset.content_hash,
            metrics={},
        )
        (records / "lora_adapter" / f"{candidate}.json").write_text(adapter.model_dump_json())
    resources = {
        "catalog_source": FixtureCatalog(data_dir="test"),
        "artifact_store": ArtifactStore(root=str(root / "artifacts")),
        "io_manager": RecordIOManager(root=str(records)),
        "mlflow": LocalMlflow(tracking_uri=uri, artifact_root=str(root / "mlruns")),
        "training": TrainingSettings(profile=TINY),
    }
    return {"resources": resources, "uri": uri, "instance": dg.DagsterInstance.ephemeral()}


def _evaluate(
    setup: dict[str, Any], partition: str, gate: dict[str, float]
) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        ALL_ASSETS,
        selection=dg.AssetSelection.assets(candidate_eval, registered_version),
        partition_key=partition,
        resources=setup["resources"],
        instance=setup["instance"],
        run_config={
            "ops": {
                "candidate_eval": {"config": EVAL_CONFIG},
                "candidate_eval_promotion_gate": {"config": gate},
            }
        },
        raise_on_error=False,
    )


@pytest.fixture(scope="module")
def evaluated(setup: dict[str, Any]) -> dict[str, dg.ExecuteInProcessResult]:
    """Both candidates through eval and gate: BAD under the default gate, GOOD under a lax one."""
    return {BAD: _evaluate(setup, BAD, {}), GOOD: _evaluate(setup, GOOD, PERMISSIVE)}


def test_failing_gate_blocks_registration(
    setup: dict[str, Any], evaluated: dict[str, dg.ExecuteInProcessResult]
) -> None:
    result = evaluated[BAD]
    [check] = result.get_asset_check_evaluations()
    assert not check.passed
    assert "schema_valid_rate" in str(check.metadata["failures"].value)
    assert result.get_asset_materialization_events()  # candidate_eval itself materialised
    assert not result.asset_materializations_for_node("registered_version")
    client = MlflowClient(setup["uri"], registry_uri=setup["uri"])
    candidates_registered = {v.tags["candidate"] for v in client.search_model_versions()}
    assert BAD not in candidates_registered


def test_a_refused_candidate_is_not_registered_by_materialising_registration_alone(
    setup: dict[str, Any], evaluated: dict[str, dg.ExecuteInProcessResult]
) -> None:
    """A blocking check only stops its own run; registration asks the gate's record too."""
    assert not evaluated[BAD].get_asset_check_evaluations()[0].passed
    result = dg.materialize(
        ALL_ASSETS,
        selection=dg.AssetSelection.assets(registered_version),
        partition_key=BAD,
        resources=setup["resources"],
        instance=setup["instance"],
        raise_on_error=False,
    )
    assert not result.success
    assert not result.asset_materializations_for_node("registered_version")
    failure = next(e for e in result.all_events if e.is_step_failure)
    assert "promotion gate refused the latest evaluation" in str(failure.event_specific_data)
    client = MlflowClient(setup["uri"], registry_uri=setup["uri"])
    assert BAD not in {v.tags["candidate"] for v in client.search_model_versions()}


def test_passing_candidate_is_registered_as_champion_with_artefacts(
    setup: dict[str, Any], evaluated: dict[str, dg.ExecuteInProcessResult]
) -> None:
    result = evaluated[GOOD]
    [check] = result.get_asset_check_evaluations()
    assert check.passed  # two notes never clear the Wilson bound of the floor; `tiny` only warns
    assert READING_FLOOR_WARNING in str(check.metadata["warnings"].value)
    assert PLANNER_PARITY_WARNING in str(check.metadata["warnings"].value)  # no soft wishes
    logs = setup["instance"].all_logs(result.run_id)
    assert any(READING_FLOOR_WARNING in entry.user_message for entry in logs)
    [evaluation] = result.asset_materializations_for_node("candidate_eval")
    assert evaluation.metadata["hand_notes"].value == 2
    assert evaluation.metadata["hand_plan_examples"].value == 2
    assert evaluation.metadata["plans_read_by"].value == "each model"  # no reader registered
    assert f"## {GOOD}: hand-written notes" in str(evaluation.metadata["versus"].value)
    assert "| all | 2 |" in str(evaluation.metadata["hand_reading_by_tag"].value)
    assert f"## {GOOD}: held-out split" in str(evaluation.metadata["versus"].value)
    [event] = result.asset_materializations_for_node("registered_version")
    assert event.metadata["alias"].value == CHAMPION
    client = MlflowClient(setup["uri"], registry_uri=setup["uri"])
    version = client.get_model_version(MODEL_NAME, str(event.metadata["version"].value))
    assert current_aliases(client) == {CHAMPION: str(version.version)}
    assert version.tags["candidate"] == GOOD
    assert "eval.schema_valid_rate" in version.tags
    assert version.tags["onnx_precision"] == "fp32"
    assert version.tags["prompt_format_version"] == PROMPT_FORMAT_VERSION
    assert read_manifest(client, version)["artefacts"] == ["adapter", "merged", "onnx", "tokenizer"]
    onnx = {f.path for f in client.list_artifacts(str(version.run_id), "model/onnx")}
    assert "model/onnx/model.onnx" in onnx


def test_comparison_reports_every_candidate_and_the_baselines(
    setup: dict[str, Any], evaluated: dict[str, dg.ExecuteInProcessResult]
) -> None:
    result = dg.materialize(
        [*ALL_ASSETS, eval_comparison],
        selection=[eval_comparison],
        resources=setup["resources"],
        instance=setup["instance"],
    )
    [event] = result.asset_materializations_for_node("eval_comparison")
    table = str(event.metadata["comparison"].value)
    header = table.splitlines()[0]
    for column in (BAD, GOOD, f"base:{BAD}", f"base:{GOOD}", "reference"):
        assert f" {column} " in header
    png = Path(str(event.metadata["metrics_png"].value)).read_bytes()
    assert png.startswith(b"\x89PNG")
    inline = str(event.metadata["metrics_plot"].value)  # renders in the UI, unlike file://
    assert base64.b64decode(inline.split("base64,", 1)[1].rstrip(")")) == png
    client = MlflowClient(setup["uri"])
    run = client.get_run(str(event.metadata["mlflow_run_id"].value))
    assert f"{GOOD}.schema_valid_rate" in run.data.metrics
    assert f"{GOOD}.hand_reading_unsafe_upper95" in run.data.metrics
    hand_tags = str(event.metadata["hand_reading_tags"].value)
    assert f"## {GOOD}\n" in hand_tags and f"## base:{GOOD}\n" in hand_tags
    versus = str(event.metadata["versus"].value)
    assert f"## {GOOD}: held-out split" in versus and f"## {BAD}: held-out split" in versus
    assert "| soft_honoured_rate ↑ |" in versus
    assert "base64," in str(event.metadata["versus_plot"].value)
    assert f"{GOOD}.vs_reference_soft_honoured_rate_diff_low95" in run.data.metrics
