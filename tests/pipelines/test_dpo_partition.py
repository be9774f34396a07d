"""A `lora_dpo` partition of `lora_adapter` trains from its SFT partition's recorded adapter."""

from pathlib import Path
from typing import Any

import dagster as dg
import pytest

from domain.prompt import PROMPT_FORMAT_VERSION
from pipelines.defs.assets.catalogs import catalogs
from pipelines.defs.assets.lora_adapter import lora_adapter
from pipelines.defs.assets.sft_dataset import sft_dataset
from pipelines.defs.resources.artifacts import ArtifactStore, RecordIOManager
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import LocalMlflow
from pipelines.defs.resources.training import TINY, TrainingSettings
from pipelines.lineage import AdapterRecord, StaleArtifact
from tests.utils.dpo import with_rejected
from training.config_io import load_config
from training.data import load_sft_dataset
from training.registry import sft_parent
from training.sft_data.store import save_splits

ASSETS = Path(__file__).resolve().parents[1] / "assets"
DPO = "smollm2_135m-lora_dpo"
SFT = sft_parent(DPO)
OVERRIDES = {"ops": {"lora_adapter": {"config": {"overrides": ["train.max_steps=2"]}}}}


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The tiny fixture rows, with rejected drafts, recorded as the `sft_dataset` artefact."""
    root = tmp_path_factory.mktemp("dpo_pipeline")
    tiny = load_sft_dataset(ASSETS / "tiny_sft")
    rows = {name: with_rejected(split.to_list()) for name, split in tiny.items()}
    dataset = save_splits(
        {**rows, "test": rows["validation"]},
        root=root / "datasets",
        prompt_format_version=PROMPT_FORMAT_VERSION,
    )
    records = root / "records"
    (records / "sft_dataset").mkdir(parents=True)
    (records / "sft_dataset" / "__all__.json").write_text(dataset.model_dump_json())
    return {
        "catalog_source": CatalogSource(data_dir="unused: sft_dataset is not materialised"),
        "artifact_store": ArtifactStore(root=str(root / "artifacts")),
        "io_manager": RecordIOManager(root=str(records)),
        "mlflow": LocalMlflow(
            tracking_uri=f"sqlite:///{root / 'mlflow.db'}", artifact_root=str(root / "mlruns")
        ),
        "training": TrainingSettings(profile=TINY),
    }


def _train(
    resources: dict[str, Any], instance: dg.DagsterInstance, partition: str
) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [catalogs, sft_dataset, lora_adapter],
        selection=[lora_adapter],
        partition_key=partition,
        resources=resources,
        instance=instance,
        run_config=OVERRIDES,
        raise_on_error=False,
    )


def test_dpo_before_its_sft_parent_fails_naming_the_parent(resources: dict[str, Any]) -> None:
    result = _train(resources, dg.DagsterInstance.ephemeral(), DPO)

    assert not result.success
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    assert StaleArtifact.__name__ in str(failure.step_failure_data.error)
    assert f"partition {SFT!r} first" in str(failure.step_failure_data.error)


def test_dpo_partition_continues_the_adapter_its_parent_recorded(
    resources: dict[str, Any],
) -> None:
    instance = dg.DagsterInstance.ephemeral()
    parent_run = _train(resources, instance, SFT)
    parent: AdapterRecord = parent_run.output_for_node("lora_adapter")

    result = _train(resources, instance, DPO)

    assert result.success
    record: AdapterRecord = result.output_for_node("lora_adapter")
    assert record.candidate == DPO and record.adapter_dir != parent.adapter_dir
    assert record.dataset_hash == parent.dataset_hash
    recipe = load_config(Path(record.adapter_dir) / "recipe.yaml")
    assert recipe.dpo is not None and str(recipe.dpo.sft_adapter) == parent.adapter_dir
    (event,) = result.get_asset_materialization_events()
    metadata = event.materialization.metadata
    assert metadata["sft_parent.mlflow_run_id"].value == parent.mlflow_run_id
    assert "eval_rewards/accuracies" in record.metrics
