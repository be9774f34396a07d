"""ONNX runtime: an onnxruntime-genai build, greedy decoding, JSON-schema guided on request.

The prompt is rendered with the transformers tokenizer saved in the build so it matches training
byte for byte; onnxruntime-genai only decodes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import onnxruntime_genai as og
from transformers import AutoTokenizer

from evaluation.runtimes.base import Generation, JsonSchema, Messages, finish, render_prompt


def sliding_window(onnx_dir: Path) -> int:
    """The build's sliding attention window in tokens (0: none).

    onnxruntime-genai refuses a KV cache shorter than the window (Gemma 3: 512), so short
    generations (a one-sentence reading) get a cache of at least this length and stop by count.
    """
    config = json.loads((onnx_dir / "genai_config.json").read_text())
    window = config["model"]["decoder"].get("sliding_window") or {}
    return int(window.get("window_size", 0))


class OnnxRuntime:
    """Greedy generation with an onnxruntime-genai model directory.

    Args:
        onnx_dir: Output of the model builder (genai_config.json, model.onnx, tokenizer files).
        name: Label used in results.
        repetition_penalty: onnxruntime-genai's penalty on tokens already in the sequence,
            prompt included (1.0: none). It stops a small model filling a list with one name,
            but also steers it away from values the prompt shows.

    Raises:
        FileNotFoundError: If `onnx_dir` has no genai_config.json.
        ValueError: If `repetition_penalty` is below 1.
    """

    def __init__(
        self, onnx_dir: Path, *, name: str = "onnx", repetition_penalty: float = 1.0
    ) -> None:
        if not (onnx_dir / "genai_config.json").is_file():
            raise FileNotFoundError(
                f"not an onnxruntime-genai build (no genai_config.json): {onnx_dir}"
            )
        if repetition_penalty < 1.0:
            raise ValueError(f"`repetition_penalty` must be >= 1.0, got {repetition_penalty}")
        self.name = name
        self.repetition_penalty = repetition_penalty
        self.model = og.Model(str(onnx_dir))
        self.tokenizer: Any = AutoTokenizer.from_pretrained(onnx_dir)
        self.min_cache_length = sliding_window(onnx_dir)

    def generate(
        self, messages: Messages, *, max_new_tokens: int, json_schema: JsonSchema | None = None
    ) -> Generation:
        started = time.perf_counter()
        prompt = render_prompt(self.tokenizer, messages)
        params = og.GeneratorParams(self.model)
        params.set_search_options(
            max_length=max(len(prompt) + max_new_tokens, self.min_cache_length),
            do_sample=False,
            repetition_penalty=self.repetition_penalty,
        )
        if json_schema is not None:
            params.set_guidance("json_schema", json.dumps(json_schema))
        generator = og.Generator(self.model, params)
        generator.append_tokens([prompt])
        ids: list[int] = []
        while not generator.is_done() and len(ids) < max_new_tokens:
            generator.generate_next_token()
            ids.append(int(generator.get_next_tokens()[0]))
        return finish(self.tokenizer, ids, len(prompt), started)
