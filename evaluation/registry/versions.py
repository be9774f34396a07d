"""Register a trained candidate as a version of `nexfitra-planner`, with its artefacts as files.

MLflow's PEFT flavour stores a hub reference to the base model that breaks offline, so every
artefact is logged as plain files next to a small manifest that names the local base model.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from mlflow import MlflowClient
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException

from evaluation.registry.aliases import RegistryError, current_aliases
from evaluation.registry.names import ARTEFACT_ROOT, MANIFEST_FILE, MODEL_NAME
from training.tracking import ensure_experiment

logger = logging.getLogger(__name__)

# Files that carry the tokenizer and its chat template; saved beside every artefact because
# template drift between training and serving is the most reported fine-tuning bug.
TOKENIZER_GLOBS = (
    "tokenizer*",
    "special_tokens_map.json",
    "chat_template*",
    "vocab*",
    "merges.txt",
)


@dataclass(frozen=True)
class CandidateCard:
    """What a version is: the facts its tags and manifest carry.

    Attributes:
        candidate: Candidate key (the Dagster partition), e.g. "smollm2-135m".
        base_model: Local path (or id) of the base model the adapter was trained on.
        dataset_hash: Fingerprint of the SFT dataset.
        recipe: Training recipe name, e.g. "lora_sft".
        training_run_id: MLflow run of the training, tagged on the version's registration run.
        onnx_precision: Weight precision of the ONNX build, e.g. "int8".
        prompt_format_version: `domain.prompt.PROMPT_FORMAT_VERSION` of the training rows;
            serving refuses a version whose format differs from the one it writes.
    """

    candidate: str
    base_model: str
    dataset_hash: str
    recipe: str
    training_run_id: str | None = None
    onnx_precision: str | None = None
    prompt_format_version: str | None = None


@dataclass(frozen=True)
class CandidateArtefacts:
    """Local directories of one candidate; the tokenizer is taken from `merged_dir`."""

    adapter_dir: Path
    merged_dir: Path
    onnx_dir: Path | None = None


def _tokenizer_dir(merged_dir: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for pattern in TOKENIZER_GLOBS:
        for path in merged_dir.glob(pattern):
            shutil.copy2(path, into / path.name)
    if not any(into.iterdir()):
        raise FileNotFoundError(f"no tokenizer files in merged model dir {merged_dir}")
    return into


def ensure_registered_model(client: MlflowClient, name: str, *, description: str) -> None:
    """Create registered model `name` unless it exists."""
    try:
        client.get_registered_model(name)
    except MlflowException:
        client.create_registered_model(name, description=description)


def _registration_run(
    client: MlflowClient, card: CandidateCard, experiment: str, artifact_root: Path | None
) -> str:
    """A new run per version, linked to the training run by tag.

    Logging into the training run instead would let a second registration of the same adapter
    (a re-evaluation, another ONNX precision) overwrite the first version's files and metrics.
    """
    experiment_id = ensure_experiment(client, experiment, artifact_root=artifact_root)
    tags = {"training_run_id": card.training_run_id} if card.training_run_id else {}
    run = client.create_run(experiment_id, run_name=f"register-{card.candidate}", tags=tags)
    return str(run.info.run_id)


def eval_tags(metrics: Mapping[str, float]) -> dict[str, str]:
    """`eval.<metric>` tags of a version, read back by `version_metrics`."""
    return {f"eval.{name}": f"{value:.6g}" for name, value in metrics.items()}


def version_tags(card: CandidateCard, metrics: Mapping[str, float]) -> dict[str, str]:
    """Tags put on a version: the card's facts plus `eval.<metric>` for every metric."""
    return {**{k: str(v) for k, v in asdict(card).items() if v is not None}, **eval_tags(metrics)}


def register_candidate(
    client: MlflowClient,
    *,
    card: CandidateCard,
    artefacts: CandidateArtefacts,
    metrics: Mapping[str, float],
    name: str = MODEL_NAME,
    experiment: str = "nexfitra-registry",
    artifact_root: Path | None = None,
) -> ModelVersion:
    """Upload a candidate's artefacts and manifest, then create a registry version for them.

    Args:
        client: Client bound to the tracking and registry stores.
        card: Facts about the candidate; become version tags and the manifest.
        artefacts: Local directories to upload under `model/` of a new registration run.
        metrics: Evaluation aggregates; logged to the run as `eval.<name>` and set as tags.
        name: Registered model name.
        experiment: Experiment of the registration runs.
        artifact_root: Where a local store keeps a new experiment's artefacts.

    Returns:
        The new model version, its source the run's `model/` folder.

    Raises:
        FileNotFoundError: If an artefact directory is missing or the merged dir has no tokenizer.
    """
    parts = {"adapter": artefacts.adapter_dir, "merged": artefacts.merged_dir}
    if artefacts.onnx_dir is not None:
        parts["onnx"] = artefacts.onnx_dir
    for part, path in parts.items():
        if not path.is_dir():
            raise FileNotFoundError(f"artefact `{part}` is not a directory: {path}")
    with tempfile.TemporaryDirectory() as tmp:
        parts["tokenizer"] = _tokenizer_dir(artefacts.merged_dir, Path(tmp) / "tokenizer")
        run_id = _registration_run(client, card, experiment, artifact_root)
        for part, path in parts.items():
            client.log_artifacts(run_id, str(path), f"{ARTEFACT_ROOT}/{part}")
        manifest = {**asdict(card), "artefacts": sorted(parts), "metrics": dict(metrics)}
        client.log_dict(run_id, manifest, f"{ARTEFACT_ROOT}/{MANIFEST_FILE}")
    for metric, value in metrics.items():
        client.log_metric(run_id, f"eval.{metric}", value)
    client.set_terminated(run_id)
    ensure_registered_model(client, name, description="NexFitra plan-draft model candidates")
    source = f"{client.get_run(run_id).info.artifact_uri}/{ARTEFACT_ROOT}"
    version = client.create_model_version(
        name, source=source, run_id=run_id, tags=version_tags(card, metrics)
    )
    logger.info("registered %s version %s from run %s", name, version.version, run_id)
    return version


def version_metrics(version: ModelVersion) -> dict[str, float]:
    """The eval metrics a version carries in its `eval.*` tags."""
    return {
        key.removeprefix("eval."): float(value)
        for key, value in version.tags.items()
        if key.startswith("eval.")
    }


def read_manifest(client: MlflowClient, version: ModelVersion) -> dict[str, object]:
    """Download and parse a version's manifest."""
    with tempfile.TemporaryDirectory() as tmp:
        path = client.download_artifacts(
            str(version.run_id), f"{ARTEFACT_ROOT}/{MANIFEST_FILE}", tmp
        )
        loaded: dict[str, object] = json.loads(Path(path).read_text())
    return loaded


def download_onnx(client: MlflowClient, alias: str, into: Path, *, name: str = MODEL_NAME) -> Path:
    """The ONNX build of the version `alias` points at, downloaded into `into`.

    Args:
        client: Client bound to the tracking and registry stores.
        alias: e.g. `champion`.
        into: An existing folder; the build lands in `into/onnx`.
        name: Registered model name.

    Returns:
        The build's folder, ready for `serving.engine.runtimes.ort.OnnxRuntime`.

    Raises:
        RegistryError: If the alias is not set or its version has no ONNX build.
    """
    number = current_aliases(client, name=name).get(alias)
    if number is None:
        raise RegistryError(f"{name} has no @{alias}")
    version = client.get_model_version(name, number)
    artefacts = read_manifest(client, version).get("artefacts")
    if not isinstance(artefacts, list) or "onnx" not in artefacts:
        raise RegistryError(f"version {number} (@{alias}) of {name} has no ONNX build")
    return Path(client.download_artifacts(str(version.run_id), f"{ARTEFACT_ROOT}/onnx", str(into)))
