"""The registry watcher: aliases resolved, builds loaded and swapped, failures contained."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mlflow import MlflowClient

from domain.api.serving import Variant
from serving.service.app import build_loader
from serving.service.registry import RegistryWatcher
from serving.service.settings import ServingSettings
from serving.service.variants import LiveModel
from tests.evaluation.factories import CATALOG
from tests.serving.service.conftest import Register
from tests.serving.service.factories import make_watcher, scripted, unreachable


class CountingLoader:
    """Loads any build as a scripted model; remembers which builds it loaded."""

    def __init__(self) -> None:
        self.loaded: list[Path] = []

    def __call__(self, variant: Variant, build: Path, manifest: dict[str, Any]) -> LiveModel:
        assert (build / "onnx" / "genai_config.json").is_file()
        self.loaded.append(build)
        return scripted(variant, "?")


def _watcher(registry: MlflowClient, model_name: str, tmp_path: Path, load: Any) -> RegistryWatcher:
    return make_watcher(
        registry, load=load, cache_dir=tmp_path / "cache", registered_model=model_name
    )


def test_with_nothing_registered_the_reference_serves(
    registry: MlflowClient, model_name: str, tmp_path: Path
) -> None:
    watcher = _watcher(registry, model_name, tmp_path, CountingLoader())
    live = watcher.refresh()
    assert (live.champion, live.challenger) == (None, None)
    assert watcher.last_refresh is not None and watcher.last_error is None


def test_an_alias_move_swaps_the_model_and_keeps_the_old_one_intact(
    registry: MlflowClient, model_name: str, register: Register, tmp_path: Path
) -> None:
    loader = CountingLoader()
    watcher = _watcher(registry, model_name, tmp_path, loader)
    first = register()
    registry.set_registered_model_alias(model_name, "champion", first)
    before = watcher.refresh().champion
    assert before is not None and before.version == first and before.loaded_at
    second = register()
    registry.set_registered_model_alias(model_name, "champion", second)
    after = watcher.refresh().champion
    assert after is not None and after.version == second
    assert before.version == first  # a request holding the old model is untouched
    assert len(loader.loaded) == 2
    watcher.refresh()
    assert len(loader.loaded) == 2  # nothing moved: nothing loaded


def test_promoting_the_challenger_reuses_its_loaded_build(
    registry: MlflowClient, model_name: str, register: Register, tmp_path: Path
) -> None:
    loader = CountingLoader()
    watcher = _watcher(registry, model_name, tmp_path, loader)
    champion, challenger = register(), register()
    registry.set_registered_model_alias(model_name, "champion", champion)
    registry.set_registered_model_alias(model_name, "challenger", challenger)
    live = watcher.refresh()
    assert live.challenger is not None and live.challenger.version == challenger
    registry.set_registered_model_alias(model_name, "champion", challenger)
    registry.delete_registered_model_alias(model_name, "challenger")
    promoted = watcher.refresh()
    assert promoted.challenger is None
    assert promoted.champion is not None and promoted.champion.version == challenger
    assert promoted.champion.engine is live.challenger.engine
    assert len(loader.loaded) == 2


def test_an_unreachable_registry_keeps_the_last_good_models(
    registry: MlflowClient,
    model_name: str,
    register: Register,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watcher = _watcher(registry, model_name, tmp_path, CountingLoader())
    registry.set_registered_model_alias(model_name, "champion", register())
    good = watcher.refresh()

    monkeypatch.setattr(registry, "get_registered_model", unreachable)
    assert watcher.refresh() is good
    assert watcher.last_error is not None and "unreachable" in watcher.last_error
    assert watcher.last_refresh_failed


def test_a_store_that_cannot_be_opened_counts_as_unreachable(tmp_path: Path) -> None:
    def broken() -> MlflowClient:
        raise OSError("disk full")

    watcher = make_watcher(load=CountingLoader(), cache_dir=tmp_path)
    watcher.make_client = broken
    assert watcher.refresh().champion is None
    assert watcher.last_error is not None and "disk full" in watcher.last_error


def test_builds_are_downloaded_once_and_survive_a_restart(
    registry: MlflowClient,
    model_name: str,
    register: Register,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry.set_registered_model_alias(model_name, "champion", register())
    _watcher(registry, model_name, tmp_path, CountingLoader()).refresh()

    def offline(*_: object) -> None:
        raise AssertionError("the cached build must be used")

    monkeypatch.setattr(registry, "download_artifacts", offline)
    restarted = _watcher(registry, model_name, tmp_path, CountingLoader())
    assert restarted.refresh().champion is not None


def test_another_prompt_format_is_refused_once(
    registry: MlflowClient, model_name: str, register: Register, tmp_path: Path
) -> None:
    loader = CountingLoader()
    watcher = _watcher(registry, model_name, tmp_path, loader)
    registry.set_registered_model_alias(model_name, "champion", register(prompt_format="3"))
    assert watcher.refresh().champion is None
    assert watcher.last_error is not None and "prompt format 3" in watcher.last_error
    watcher.refresh()
    assert loader.loaded == []
    assert watcher.metrics.registry_events.labels("refused")._value.get() == 1
    assert watcher.last_error is not None and "prompt format 3" in watcher.last_error  # still so
    registry.delete_registered_model_alias(model_name, "champion")
    watcher.refresh()
    assert watcher.last_error is None  # nothing points at the refused build any more


def test_a_poll_that_finds_the_registry_again_clears_the_error(
    registry: MlflowClient, model_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watcher = _watcher(registry, model_name, tmp_path, CountingLoader())
    with monkeypatch.context() as patched:
        patched.setattr(registry, "get_registered_model", unreachable)
        watcher.refresh()
    assert watcher.last_error is not None and "unreachable" in watcher.last_error
    watcher.refresh()
    assert watcher.last_error is None and not watcher.last_refresh_failed


def test_a_demoted_challenger_stops_serving(
    registry: MlflowClient, model_name: str, register: Register, tmp_path: Path
) -> None:
    watcher = _watcher(registry, model_name, tmp_path, CountingLoader())
    registry.set_registered_model_alias(model_name, "champion", register())
    registry.set_registered_model_alias(model_name, "challenger", register())
    assert watcher.refresh().challenger is not None
    registry.delete_registered_model_alias(model_name, "challenger")
    assert watcher.refresh().challenger is None


def test_a_real_build_loads_and_a_corrupt_one_is_refused(
    registry: MlflowClient,
    model_name: str,
    register: Register,
    tmp_path: Path,
    tiny_onnx_dir: Path,
    corrupt_onnx_dir: Path,
) -> None:
    load = build_loader(CATALOG, ServingSettings(seed=0, reading_cache=0), None)
    watcher = _watcher(registry, model_name, tmp_path, load)
    good = register(tiny_onnx_dir)
    registry.set_registered_model_alias(model_name, "champion", good)
    champion = watcher.refresh().champion
    assert champion is not None and champion.onnx_precision == "fp32"
    assert champion.engine.runtime is not None
    registry.set_registered_model_alias(model_name, "champion", register(corrupt_onnx_dir))
    after = watcher.refresh().champion
    assert after is champion  # the previous model stays
    assert watcher.last_error is not None and "refused for @champion" in watcher.last_error
