"""ONNX runtime: an onnxruntime-genai build, greedy decoding in our own loop.

The loop does three things onnxruntime-genai's own search does not do together:
- guided decoding with llguidance, appending every grammar-forced token in the same model call
  as the chosen one (jump-forward; `serving.engine.runtimes.guidance`);
- prefix caching: one long-lived generator per system prompt keeps its KV state, and each call
  rewinds to the longest prefix it shares with the new prompt (the system prompt, and often the
  first lines of the form), which is bit-identical to prefilling it again;
- onnxruntime-genai's repetition penalty, when asked for.
At int8/int4 a multi-token call can flip a near-tie that one-token calls would break the other
way, so outputs are valid but not always token-identical to one-token decoding: evaluation runs
this same loop, so what is evaluated is what is served.

The prompt is rendered with the transformers tokenizer saved in the build so it matches training
byte for byte; onnxruntime-genai only runs the model.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import llguidance
import numpy as np
import onnxruntime_genai as og
from numpy.typing import NDArray
from transformers import AutoTokenizer

from serving.engine.runtimes.base import Generation, JsonSchema, Messages, finish, render_prompt
from serving.engine.runtimes.guidance import Guide

DEFAULT_MAX_LENGTH: Final = 2048
"""KV cache per generator in tokens: a plan prompt (~300) plus the longest guided draft."""
MAX_PREFIX_GENERATORS: Final = 4
"""Long-lived generators per runtime, one per system prompt (reading and planning)."""


def cache_length(onnx_dir: Path, wanted: int) -> int:
    """The KV cache length to give generators: `wanted`, within what the build accepts.

    onnxruntime-genai refuses a cache shorter than a sliding attention window (Gemma 3: 512) or
    longer than the model's context.
    """
    model = json.loads((onnx_dir / "genai_config.json").read_text())["model"]
    window = int((model["decoder"].get("sliding_window") or {}).get("window_size", 0))
    return min(max(wanted, window), int(model.get("context_length") or wanted))


def common_prefix(a: list[int], b: list[int]) -> int:
    """Length of the longest common prefix of two token lists."""
    n = min(len(a), len(b))
    mismatch = np.flatnonzero(np.asarray(a[:n]) != np.asarray(b[:n]))
    return int(mismatch[0]) if len(mismatch) else n


@dataclass
class _Cached:
    """A generator and the tokens its KV state holds."""

    generator: og.Generator
    ids: list[int] = field(default_factory=list)


class OnnxRuntime:
    """Greedy generation with an onnxruntime-genai model directory.

    Args:
        onnx_dir: Output of the model builder (genai_config.json, model.onnx, tokenizer files).
        name: Label used in results.
        repetition_penalty: Penalty on tokens already in the sequence, prompt included, as
            onnxruntime-genai applies it (1.0: none).
        jump_forward: Append grammar-forced tokens in the same call as the chosen token.
        max_length: KV cache length of each long-lived generator, in tokens.

    Raises:
        FileNotFoundError: If `onnx_dir` has no genai_config.json.
        ValueError: If `repetition_penalty` is below 1.
    """

    def __init__(
        self,
        onnx_dir: Path,
        *,
        name: str = "onnx",
        repetition_penalty: float = 1.0,
        jump_forward: bool = True,
        max_length: int = DEFAULT_MAX_LENGTH,
    ) -> None:
        if not (onnx_dir / "genai_config.json").is_file():
            raise FileNotFoundError(
                f"not an onnxruntime-genai build (no genai_config.json): {onnx_dir}"
            )
        if repetition_penalty < 1.0:
            raise ValueError(f"`repetition_penalty` must be >= 1.0, got {repetition_penalty}")
        self.name = name
        self.repetition_penalty = repetition_penalty
        self.jump_forward = jump_forward
        self.max_length = cache_length(onnx_dir, max_length)
        self.model = og.Model(str(onnx_dir))
        self.tokenizer: Any = AutoTokenizer.from_pretrained(onnx_dir)
        self.guide = Guide(self.tokenizer)
        self.eos = {int(self.tokenizer.eos_token_id)}
        self._cached: dict[str, _Cached] = {}
        self._lock = threading.Lock()

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        """Greedy completion, guided by `json_schema` when given; one call at a time.

        Raises:
            ValueError: If the prompt leaves no room in the KV cache, or the schema does not
                compile (`GrammarError`).
        """
        with self._lock:
            started = time.perf_counter()
            prompt = render_prompt(self.tokenizer, messages, prefix)
            budget = min(max_new_tokens, self.max_length - len(prompt))
            if budget <= 0:
                raise ValueError(
                    f"a prompt of {len(prompt)} tokens leaves no room in the "
                    f"{self.max_length}-token KV cache of runtime `{self.name}`"
                )
            matcher = self.guide.matcher(json_schema) if json_schema is not None else None
            key = str(messages[0]["content"])
            cached = self._generator(key, prompt)
            try:
                ids, passes = self._decode(cached, matcher, budget)
            except BaseException:
                del self._cached[key]  # its KV state no longer matches `ids`
                raise
            return finish(self.tokenizer, ids, len(prompt), started, passes)

    def _generator(self, key: str, prompt: list[int]) -> _Cached:
        """The generator for this system prompt, holding the prompt's state so far."""
        cached = self._cached.get(key)
        keep = common_prefix(cached.ids, prompt) if cached else 0
        keep = min(keep, len(prompt) - 1)  # the last prompt token must run to give logits
        if cached is None or keep == 0:
            if cached is None and len(self._cached) >= MAX_PREFIX_GENERATORS:
                self._cached.pop(next(iter(self._cached)))
            params = og.GeneratorParams(self.model)
            params.set_search_options(max_length=self.max_length, do_sample=False)
            cached = self._cached[key] = _Cached(og.Generator(self.model, params))
        else:
            cached.generator.rewind_to(keep)
            del cached.ids[keep:]
        cached.generator.append_tokens([prompt[keep:]])
        cached.ids.extend(prompt[keep:])
        return cached

    def _decode(
        self,
        cached: _Cached,
        matcher: llguidance.LLMatcher | None,
        budget: int,
    ) -> tuple[list[int], int]:
        """Greedy steps until EOS, the grammar's end or the budget; returns ids and model calls."""
        generated: list[int] = []
        passes = 1  # the prompt's prefill
        while len(generated) < budget:
            logits = self._scores(cached.generator, cached.ids)
            if matcher is not None:
                allowed = self.guide.allowed(matcher, len(logits))
                if not allowed.any():
                    break
                logits = np.where(allowed, logits, -np.inf)
            token = int(np.argmax(logits))
            if token in self.eos:
                break
            if matcher is None:
                step = [token]
            else:
                step = self.guide.advance(matcher, token, jump_forward=self.jump_forward)
            step = step[: budget - len(generated)]
            generated += step
            if len(generated) >= budget or (matcher is not None and matcher.is_stopped()):
                break
            cached.generator.append_tokens([step])
            cached.ids.extend(step)
            passes += 1
        return generated, passes

    def _scores(self, generator: og.Generator, sequence: list[int]) -> NDArray[np.float32]:
        logits: NDArray[np.float32] = np.array(generator.get_logits()[0, -1], dtype=np.float32)
        if self.repetition_penalty != 1.0:
            seen = np.unique(np.asarray(sequence))
            seen = seen[seen < len(logits)]
            values = logits[seen]
            penalty = self.repetition_penalty
            logits[seen] = np.where(values > 0, values / penalty, values * penalty)
        return logits
