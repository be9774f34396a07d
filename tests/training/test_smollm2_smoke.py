"""The real bundled SmolLM2-135M: GGUF load, a few LoRA steps, adapter saved and reloaded."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch
from datasets import DatasetDict
from peft import PeftModel
from transformers import AutoTokenizer

from tests.training.conftest import isolated_overrides
from training.config_io import load_config
from training.recipes.lora_sft import LoraSftRecipe
from training.registry import list_candidates

SHORT_RUN = [
    "data.max_length=160",  # every row of tests/assets/tiny_sft fits (121-156 tokens)
    "data.max_train_samples=4",
    "data.max_val_samples=2",
    "train.max_steps=2",
    "train.batch_size=2",
    "train.grad_accum=1",
    "train.eval_steps=2",
    "train.logging_steps=1",
    "train.learning_rate=1e-3",
]


@pytest.mark.slow
def test_smollm2_trains_saves_and_reloads_its_adapter(
    tmp_path: Path, tracking_dir: Path, tiny_dataset: DatasetDict
) -> None:
    path = list_candidates("quick")["smollm2_135m-lora_sft"]
    config = load_config(path, [*isolated_overrides(tmp_path / "run", tracking_dir), *SHORT_RUN])
    recipe = LoraSftRecipe(config)
    try:
        recipe.setup(tiny_dataset)
        metrics = recipe.train()
        adapter_dir = recipe.save()
        trained = recipe.trainer.model
        assert isinstance(trained, PeftModel)
        ids = torch.tensor([recipe.tokenizer("Plan a week of meals.")["input_ids"]])  # type: ignore[misc]
        trained.eval()
        with torch.no_grad():
            expected = trained(input_ids=ids).logits
            # Unloading strips the adapter layers and leaves the very base it was trained on.
            reloaded = PeftModel.from_pretrained(trained.unload(), adapter_dir)
            actual = reloaded(input_ids=ids).logits
    finally:
        recipe.cleanup(succeeded=True)

    assert metrics["global_step"] == 2 and math.isfinite(metrics["eval_loss"])
    assert torch.allclose(actual, expected, atol=1e-5)
    template = AutoTokenizer.from_pretrained(adapter_dir).chat_template
    assert "<|im_start|>assistant" in template and "<|im_end|>" in template
