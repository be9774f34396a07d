"""Fold a LoRA adapter into its base: one full safetensors model for ONNX export and evaluation."""

from __future__ import annotations

from pathlib import Path

from peft import PeftModel
from transformers import AutoTokenizer

from training.config_io import load_config
from training.models import load_base
from training.recipes.lifecycle import RECIPE_FILE


def merge_adapter(adapter_dir: Path, out_dir: Path) -> Path:
    """Merge an adapter saved by a LoRA recipe into the base it was trained on.

    The base is rebuilt from the config saved next to the adapter, and the tokenizer (with its
    chat template) is copied from the adapter, so the merged model formats prompts exactly as
    training did.

    Args:
        adapter_dir: a directory written by a recipe's `save` (SFT or DPO alike).
        out_dir: where the merged model, tokenizer and chat template are written.

    Returns:
        `out_dir`.

    Raises:
        FileNotFoundError: `adapter_dir` lacks the recipe config.
    """
    recipe_file = adapter_dir / RECIPE_FILE
    if not recipe_file.is_file():
        raise FileNotFoundError(f"{recipe_file} missing: not an adapter saved by a training recipe")
    config = load_config(recipe_file)
    base, _ = load_base(config.model)
    merged = PeftModel.from_pretrained(base, adapter_dir).merge_and_unload()
    merged.save_pretrained(out_dir)
    AutoTokenizer.from_pretrained(adapter_dir).save_pretrained(out_dir)
    return out_dir
