"""Export a trained candidate, and its untuned base, as merged models plus ONNX builds.

The base is exported the same way so the zero-shot baseline runs on the same runtime as the
fine-tune and the comparison measures the training, not the runtime.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from training.config_io import load_config
from training.export.onnx import OnnxBuild, Precision, build_onnx
from training.merge import merge_adapter
from training.models import load_base
from training.recipes.lifecycle import RECIPE_FILE


@dataclass(frozen=True)
class ExportedModel:
    """A full Hugging Face model dir (weights, tokenizer, chat template) and its ONNX build."""

    model_dir: Path
    onnx: OnnxBuild


def export_candidate(adapter_dir: Path, out_dir: Path, *, precision: Precision) -> ExportedModel:
    """Merge the adapter into its base and build the merged model for onnxruntime-genai.

    Args:
        adapter_dir: Adapter saved by a LoRA recipe (SFT or DPO) (with its recipe config).
        out_dir: Receives `merged/` and `onnx-<precision>/`.
        precision: ONNX weight precision.

    Returns:
        The merged dir and the build.
    """
    merged = merge_adapter(adapter_dir, out_dir / "merged")
    return ExportedModel(
        merged, build_onnx(merged, out_dir / f"onnx-{precision}", precision=precision)
    )


def export_base(adapter_dir: Path, out_dir: Path, *, precision: Precision) -> ExportedModel:
    """Save the adapter's base model, loaded exactly as training loaded it, and build it.

    Args:
        adapter_dir: Adapter saved by a LoRA recipe (SFT or DPO); its config names the base.
        out_dir: Receives `base/` and `base-onnx-<precision>/`.
        precision: ONNX weight precision.

    Returns:
        The base dir and the build.

    Raises:
        FileNotFoundError: If the adapter has no recipe config.
    """
    recipe = adapter_dir / RECIPE_FILE
    if not recipe.is_file():
        raise FileNotFoundError(f"{recipe} missing: not an adapter saved by a training recipe")
    model, tokenizer = load_base(load_config(recipe).model)
    base_dir = out_dir / "base"
    model.save_pretrained(base_dir)
    tokenizer.save_pretrained(base_dir)
    build = build_onnx(base_dir, out_dir / f"base-onnx-{precision}", precision=precision)
    return ExportedModel(base_dir, build)
