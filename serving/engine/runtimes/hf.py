"""PyTorch runtime: transformers model (merged, or base + LoRA adapter) with greedy decoding."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from serving.engine.runtimes.base import Generation, JsonSchema, Messages, finish, render_prompt


class TorchRuntime:
    """Greedy generation with a transformers causal LM on CPU, float32; no guided decoding.

    Takes an already loaded model so callers can use training's loaders (GGUF packages, hub ids)
    without evaluation importing training.
    """

    def __init__(self, model: Any, tokenizer: Any, *, name: str = "torch") -> None:
        if tokenizer.chat_template is None:
            raise ValueError(f"runtime `{name}`: the tokenizer has no chat template")
        self.name = name
        self.model = model.eval()
        self.tokenizer = tokenizer

    @classmethod
    def from_dir(
        cls, model_dir: Path, *, adapter_dir: Path | None = None, name: str = "torch"
    ) -> TorchRuntime:
        """Load a local model dir, optionally with a LoRA adapter applied on top.

        Args:
            model_dir: Directory with config, weights and tokenizer (a merged model or a base).
            adapter_dir: PEFT adapter directory to apply, if any.
            name: Label used in results.

        Returns:
            The loaded runtime.
        """
        tokenizer = AutoTokenizer.from_pretrained(model_dir)
        model: Any = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
        if adapter_dir is not None:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, adapter_dir)
        return cls(model, tokenizer, name=name)

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        if json_schema is not None:
            raise ValueError(f"runtime `{self.name}` cannot guide decoding; use the ONNX build")
        started = time.perf_counter()
        prompt = render_prompt(self.tokenizer, messages, prefix)
        with torch.inference_mode():
            output = self.model.generate(
                torch.tensor([prompt]),
                attention_mask=torch.ones(1, len(prompt), dtype=torch.long),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
            )
        new = output[0, len(prompt) :].tolist()
        return finish(self.tokenizer, new, len(prompt), started, passes=len(new))
