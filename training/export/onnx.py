"""Build an onnxruntime-genai CPU model (int8 by default) from a merged Hugging Face model dir.

Uses onnxruntime-genai's own model builder: `optimum-onnx` would downgrade transformers here.
The builder runs in a subprocess because it is a CLI with global state and heavy imports.

int8 is the default because int4 cost the small fine-tunes accuracy that int8 kept. int4 uses
k-quant with the most sensitive MatMuls (the tied embedding / LM head, and the first,
last and every third layer's qkv/v/down projections) kept at int8 (`k_quant_mixed`). The builder's
default, plain round-to-nearest int4 everywhere, erased a fine-tune of the 135M SmolLM2: its
readings turned to noise while int8 and fp32 builds of the same merged model matched PyTorch
(see `pipelines/README.md`, "ONNX precision").
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

logger = logging.getLogger(__name__)

Precision = Literal["int4", "int8", "fp32", "fp16", "bf16"]
BUILD_OPTIONS = ("prune_lm_head=true",)
"""Builder `--extra_options` of every build: the LM head runs on the last position only. Serving's
decoding loop reads last-position logits alone, and its prefills and jump-forward runs append
many tokens per call, so the head's work on the other positions was wasted."""
INT4_OPTIONS = ("algo_config=k_quant_mixed",)
"""Further builder `--extra_options` for int4 builds (see the module docstring)."""
# Files the serving runtime needs from a build; their absence means the builder failed silently.
REQUIRED_FILES = ("genai_config.json", "model.onnx", "tokenizer.json")


class OnnxBuildError(RuntimeError):
    """The model builder failed or produced an incomplete build."""


@dataclass(frozen=True)
class OnnxBuild:
    """A finished build and how long it took."""

    out_dir: Path
    precision: Precision
    seconds: float


def builder_command(
    model_dir: Path, out_dir: Path, *, precision: Precision, cache_dir: Path
) -> list[str]:
    """The builder invocation, e.g. `python -m training.export.genai_builder -i M -o O -p int4
    -e cpu -c C --extra_options prune_lm_head=true algo_config=k_quant_mixed` (onnxruntime-genai's
    builder, made to read transformers 5's Gemma 3 configs)."""
    extra = ["--extra_options", *BUILD_OPTIONS, *(INT4_OPTIONS if precision == "int4" else ())]
    return [
        sys.executable,
        "-m",
        "training.export.genai_builder",
        "-i",
        str(model_dir),
        "-o",
        str(out_dir),
        "-p",
        precision,
        "-e",
        "cpu",
        "-c",
        str(cache_dir),
        *extra,
    ]


def build_onnx(
    model_dir: Path,
    out_dir: Path,
    *,
    precision: Precision = "int8",
    cache_dir: Path | None = None,
    timeout_s: float = 1800.0,
) -> OnnxBuild:
    """Build an onnxruntime-genai CPU model from a local Hugging Face model directory.

    Args:
        model_dir: Merged model dir with config, safetensors weights, tokenizer and chat template.
        out_dir: Where the build goes; created if missing.
        precision: Weight precision: int8 (default) or int4 (k-quant, mixed with int8) for
            serving, fp32 for exact parity checks.
        cache_dir: Builder scratch space; defaults to `out_dir/../.onnx-cache`.
        timeout_s: Give up after this many seconds.

    Returns:
        The build's location and duration.

    Raises:
        FileNotFoundError: If `model_dir` has no config.json.
        OnnxBuildError: If the builder exits non-zero or a required file is missing.
    """
    if not (model_dir / "config.json").is_file():
        raise FileNotFoundError(f"not a Hugging Face model dir (no config.json): {model_dir}")
    cache = cache_dir or out_dir.parent / ".onnx-cache"
    out_dir.mkdir(parents=True, exist_ok=True)
    command = builder_command(model_dir, out_dir, precision=precision, cache_dir=cache)
    logger.info("building ONNX %s: %s", precision, " ".join(command))
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, check=False)
    if done.returncode != 0:
        raise OnnxBuildError(f"model builder exited {done.returncode}: {done.stderr[-2000:]}")
    missing = [name for name in REQUIRED_FILES if not (out_dir / name).is_file()]
    if missing:
        raise OnnxBuildError(f"model builder left no {missing} in {out_dir}")
    return OnnxBuild(out_dir, precision, time.perf_counter() - started)
