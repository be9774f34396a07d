from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.parity import compare
from serving.engine.runtimes.hf import TorchRuntime
from serving.engine.runtimes.ort import OnnxRuntime
from training.export.onnx import REQUIRED_FILES, OnnxBuildError, build_onnx, builder_command

PROMPTS = [
    [{"role": "system", "content": "You are NexFitra."}, {"role": "user", "content": text}]
    for text in ("Goal: lose_fat. Days: 3.", "Goal: maintain.", "oats, tofu", "squat please")
]


def test_fp32_build_matches_pytorch_token_for_token(
    tiny_model_dir: Path, tiny_onnx_dir: Path
) -> None:
    torch_runtime = TorchRuntime.from_dir(tiny_model_dir)
    onnx_runtime = OnnxRuntime(tiny_onnx_dir)
    report = compare(torch_runtime, onnx_runtime, PROMPTS, max_new_tokens=12)
    assert report.same_tokens == len(PROMPTS), report.first_divergence
    generated = torch_runtime.generate(PROMPTS[0], max_new_tokens=12).token_ids
    assert len(set(generated)) > 1, "the tiny model must not repeat one token"


def test_build_keeps_tokenizer_and_chat_template(tiny_onnx_dir: Path, tiny_model_dir: Path) -> None:
    for name in REQUIRED_FILES:
        assert (tiny_onnx_dir / name).is_file()
    saved = (tiny_model_dir / "chat_template.jinja").read_text()
    assert (tiny_onnx_dir / "chat_template.jinja").read_text() == saved
    config = json.loads((tiny_onnx_dir / "genai_config.json").read_text())
    assert config["model"]["type"] == "llama"


def test_int4_build_loads_and_generates(tiny_model_dir: Path, tmp_path: Path) -> None:
    build = build_onnx(tiny_model_dir, tmp_path / "int4", precision="int4")
    assert build.precision == "int4"
    assert build.seconds > 0
    generation = OnnxRuntime(build.out_dir).generate(PROMPTS[0], max_new_tokens=8)
    assert 0 < len(generation.token_ids) <= 8


def test_build_refuses_a_dir_without_config(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="config.json"):
        build_onnx(tmp_path, tmp_path / "out")


def test_builder_failure_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "not-a-model"}')
    with pytest.raises(OnnxBuildError, match="exited"):
        build_onnx(broken, tmp_path / "out", precision="fp32")


def test_every_build_prunes_the_lm_head_and_int4_keeps_sensitive_layers(tmp_path: Path) -> None:
    """Serving reads last-position logits only; the fp32 parity test above runs a pruned build."""
    for precision in ("int8", "int4"):
        command = builder_command(tmp_path, tmp_path, precision=precision, cache_dir=tmp_path)
        options = command[command.index("--extra_options") + 1 :]
        assert "prune_lm_head=true" in options
        assert ("algo_config=k_quant_mixed" in options) == (precision == "int4")
