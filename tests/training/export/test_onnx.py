from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.plan.foods import allowed_foods
from domain.plan.guided import guided_schema
from domain.plan.reading import reading_schema
from domain.profile import Allergen
from domain.prompt import parse_draft, parse_reading, reading_messages
from evaluation.metrics.draft import food_names, grounding
from evaluation.parity import compare
from evaluation.runtimes.hf import TorchRuntime
from evaluation.runtimes.ort import OnnxRuntime
from tests.domain.plan.factories import make_catalog, make_request
from tests.training.export.tiny_model import save_tiny_gemma3
from training.export.onnx import REQUIRED_FILES, OnnxBuildError, build_onnx

PROMPTS = [
    [{"role": "system", "content": "You are NexFitra."}, {"role": "user", "content": text}]
    for text in ("Goal: lose_fat. Days: 3.", "Goal: maintain.", "oats, tofu", "squat please")
]


@pytest.fixture(scope="module")
def fp32_build(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("onnx") / "fp32"
    return build_onnx(tiny_model_dir, out_dir, precision="fp32").out_dir


def test_fp32_build_matches_pytorch_token_for_token(tiny_model_dir: Path, fp32_build: Path) -> None:
    torch_runtime = TorchRuntime.from_dir(tiny_model_dir)
    onnx_runtime = OnnxRuntime(fp32_build)
    report = compare(torch_runtime, onnx_runtime, PROMPTS, max_new_tokens=12)
    assert report.same_tokens == len(PROMPTS), report.first_divergence
    generated = torch_runtime.generate(PROMPTS[0], max_new_tokens=12).token_ids
    assert len(set(generated)) > 1, "the tiny model must not repeat one token"


def test_build_keeps_tokenizer_and_chat_template(fp32_build: Path, tiny_model_dir: Path) -> None:
    for name in REQUIRED_FILES:
        assert (fp32_build / name).is_file()
    saved = (tiny_model_dir / "chat_template.jinja").read_text()
    assert (fp32_build / "chat_template.jinja").read_text() == saved
    config = json.loads((fp32_build / "genai_config.json").read_text())
    assert config["model"]["type"] == "llama"


def test_int4_build_loads_and_generates(tiny_model_dir: Path, tmp_path: Path) -> None:
    build = build_onnx(tiny_model_dir, tmp_path / "int4", precision="int4")
    assert build.precision == "int4"
    assert build.seconds > 0
    generation = OnnxRuntime(build.out_dir).generate(PROMPTS[0], max_new_tokens=8)
    assert 0 < len(generation.token_ids) <= 8


def test_sliding_window_build_generates_fewer_tokens_than_its_window(tmp_path: Path) -> None:
    # A one-sentence reading asks for far fewer tokens than Gemma 3's 512-token window; a KV
    # cache sized to prompt + budget alone is refused by onnxruntime-genai.
    model_dir = save_tiny_gemma3(tmp_path / "gemma3", sliding_window=128)
    build = build_onnx(model_dir, tmp_path / "onnx", precision="fp32")
    runtime = OnnxRuntime(build.out_dir)
    generation = runtime.generate(PROMPTS[1], max_new_tokens=4)
    assert runtime.min_cache_length == 128
    assert generation.prompt_tokens + 4 < 128
    assert 0 < len(generation.token_ids) <= 4


def test_guided_decoding_follows_the_schema(fp32_build: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"ok": {"type": "boolean"}},
        "required": ["ok"],
        "additionalProperties": False,
    }
    generation = OnnxRuntime(fp32_build).generate(PROMPTS[1], max_new_tokens=40, json_schema=schema)
    assert isinstance(json.loads(generation.text)["ok"], bool)


def test_catalog_guided_decoding_is_valid_and_grounded_by_construction(fp32_build: Path) -> None:
    """Even a random model writes a draft that parses, grounds and has the asked-for days."""
    catalog = make_catalog()
    form = make_request(days_per_week=2, allergies=frozenset({Allergen.milk}))
    runtime = OnnxRuntime(fp32_build, repetition_penalty=1.2)
    generation = runtime.generate(
        PROMPTS[0], max_new_tokens=1900, json_schema=guided_schema(form, catalog)
    )
    draft = parse_draft(generation.text)  # bounded lists: it always closes within the budget
    assert grounding(draft, catalog).rate == 1.0
    assert len(draft.days) == form.days_per_week  # weekdays may still repeat: serving reschedules
    allowed = {food.name for food in allowed_foods(catalog.everyday, form)}
    assert set(food_names(draft)) <= allowed


def test_repetition_penalty_below_one_is_refused(fp32_build: Path) -> None:
    with pytest.raises(ValueError, match="repetition_penalty"):
        OnnxRuntime(fp32_build, repetition_penalty=0.9)


def test_build_refuses_a_dir_without_config(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="config.json"):
        build_onnx(tmp_path, tmp_path / "out")


def test_builder_failure_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "not-a-model"}')
    with pytest.raises(OnnxBuildError, match="exited"):
        build_onnx(broken, tmp_path / "out", precision="fp32")


def test_pytorch_runtime_refuses_a_schema_it_cannot_follow(tiny_model_dir: Path) -> None:
    runtime = TorchRuntime.from_dir(tiny_model_dir)
    with pytest.raises(ValueError, match="cannot guide decoding"):
        runtime.generate(PROMPTS[0], max_new_tokens=4, json_schema={"type": "object"})


def test_guided_reading_is_canonical_by_construction(fp32_build: Path) -> None:
    """A random model under the reading schema writes a reading that re-serialises to itself."""
    runtime = OnnxRuntime(fp32_build)
    for notes in ("No dairy please.", "I train at a commercial gym."):
        generation = runtime.generate(
            reading_messages(notes), max_new_tokens=160, json_schema=reading_schema()
        )
        reading = parse_reading(generation.text)  # every flag once, in order: no list to repeat
        assert reading.model_dump_json() == generation.text
