from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.conftest import TINY_CONFIG
from training.config import PROJECT_ROOT, TinySource
from training.config_io import ConfigError, apply_overrides, dump_config, load_config
from training.models import check_source
from training.recipes import lora_dpo, lora_sft
from training.registry import DPO, config_method, shipped_configs


@pytest.mark.parametrize("path", shipped_configs(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_shipped_config_validates_against_the_recipe(path: Path) -> None:
    config = load_config(path)

    check_source(config.model)  # finds packages and files without reading weights
    recipe = lora_dpo if config_method(path) == DPO else lora_sft
    args = recipe.training_arguments(config)
    adapter = lora_sft.lora_config(config.lora)

    assert args.per_device_train_batch_size == config.train.batch_size
    assert args.save_steps == args.eval_steps == config.train.eval_steps
    assert args.load_best_model_at_end and args.metric_for_best_model == "eval_loss"
    assert adapter.r == config.lora.r


@pytest.mark.parametrize("path", shipped_configs(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_shipped_config_starts_with_its_command(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    relative = path.relative_to(PROJECT_ROOT)

    assert first_line == f"# python -m training.recipes.{config_method(path)} --config {relative}"


def test_overrides_set_nested_values_parsed_as_yaml() -> None:
    config = load_config(
        TINY_CONFIG,
        ["lora.r=8", "train.max_steps=5", "model.source.seed=3", "lora.target_modules=[q_proj]"],
    )

    assert (config.lora.r, config.train.max_steps) == (8, 5)
    assert isinstance(config.model.source, TinySource) and config.model.source.seed == 3
    assert config.lora.target_modules == ["q_proj"]


def test_relative_paths_resolve_against_the_project_root() -> None:
    config = load_config(TINY_CONFIG, ["output_dir=var/somewhere"])

    assert config.output_dir == PROJECT_ROOT / "var" / "somewhere"
    assert config.data.path == PROJECT_ROOT / "tests" / "assets" / "tiny_sft"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("lora.r=0", "`lora.r` must be > 0, got 0"),
        ("lora.dropout=1.5", "`lora.dropout` must be < 1.0, got 1.5"),
        ("train.warmup_steps=-1", "`train.warmup_steps` must be >= 0.0, got -1"),
        ("lora.rank=8", "`lora.rank` is not a known setting, got 8"),
        ("train.precision=fp8", "`train.precision` is invalid"),
        ("train.max_steps=many", "`train.max_steps` is invalid"),
        (
            "model.source.hidden_size=66",
            "`model.source.hidden_size` must be divisible by `num_heads` (4), got 66",
        ),
        ("model.source.kind=zip", "`model.source` is invalid"),
    ],
)
def test_bad_values_fail_naming_the_setting(override: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(TINY_CONFIG, [override])

    assert message in str(caught.value)


def test_missing_required_setting_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nmodel:\n  source:\n    kind: local_dir\n", encoding="utf-8")

    with pytest.raises(ConfigError) as caught:
        load_config(path)

    assert "`output_dir` is required" in str(caught.value)
    assert "`model.source.path` is required" in str(caught.value)


@pytest.mark.parametrize(
    ("override", "message"),
    [("lora.r", "must look like"), ("name.first=1", "`name` is a value, not a section")],
)
def test_malformed_overrides_are_refused(override: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        apply_overrides({"name": "x"}, [override])


def test_overrides_leave_the_input_untouched() -> None:
    raw = {"lora": {"r": 4}}

    apply_overrides(raw, ["lora.r=8"])

    assert raw == {"lora": {"r": 4}}


def test_dumped_config_loads_back_equal(tmp_path: Path) -> None:
    config = load_config(TINY_CONFIG, ["lora.r=8"])
    path = tmp_path / "recipe.yaml"

    dump_config(config, path)

    assert load_config(path) == config
