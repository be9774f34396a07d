from __future__ import annotations

from pathlib import Path

import pytest
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedTokenizerBase

from training.config_io import load_config
from training.merge import merge_adapter
from training.models import load_base
from training.recipes.lifecycle import RECIPE_FILE, RunResult


def _logits(model: torch.nn.Module, input_ids: torch.Tensor) -> torch.Tensor:
    model.eval()
    with torch.no_grad():
        return model(input_ids=input_ids).logits  # type: ignore[no-any-return]


def test_merged_model_matches_the_adapter_logits(
    trained_run: tuple[RunResult, list[str]], tmp_path: Path
) -> None:
    adapter_dir = trained_run[0].adapter_dir
    config = load_config(adapter_dir / RECIPE_FILE)

    merged_dir = merge_adapter(adapter_dir, tmp_path / "merged")

    merged = AutoModelForCausalLM.from_pretrained(merged_dir)
    tokenizer = AutoTokenizer.from_pretrained(merged_dir)
    base, _ = load_base(config.model)
    base_logits = _logits(base, ids := _prompt_ids(tokenizer))
    peft_model = PeftModel.from_pretrained(load_base(config.model)[0], adapter_dir)
    expected = _logits(peft_model, ids)
    assert torch.allclose(_logits(merged, ids), expected, atol=1e-5)
    assert not torch.allclose(base_logits, expected, atol=1e-5)  # the adapter changed something
    assert (merged_dir / "model.safetensors").is_file()
    assert tokenizer.chat_template == AutoTokenizer.from_pretrained(adapter_dir).chat_template


def _prompt_ids(tokenizer: PreTrainedTokenizerBase) -> torch.Tensor:
    messages = [{"role": "user", "content": "Goal: maintain. Days per week: 3."}]
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return torch.tensor([tokenizer(text)["input_ids"]])


def test_merge_refuses_a_directory_without_recipe_config(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=RECIPE_FILE):
        merge_adapter(tmp_path, tmp_path / "merged")
