from __future__ import annotations

from training.config_io import load_config
from training.registry import CONFIG_DIR, list_candidates, profiles, shipped_configs


def test_quick_candidates_are_the_profile_files_keyed_by_model_and_method() -> None:
    candidates = list_candidates("quick")

    assert "smollm2_135m-lora_sft" in candidates
    for name, path in candidates.items():
        assert path.stem == "lora_sft_quick"
        assert name == f"{path.parent.name}-lora_sft"
        assert load_config(path).name.startswith(path.parent.name)


def test_every_candidate_has_a_quick_and_a_full_profile() -> None:
    assert set(list_candidates("quick")) == set(list_candidates("full"))
    assert {"quick", "full"} <= set(profiles())


def test_profileless_test_configs_are_shipped_but_not_candidates() -> None:
    tiny = CONFIG_DIR / "tiny" / "lora_sft.yaml"

    assert tiny in shipped_configs()
    assert all(tiny not in list_candidates(p).values() for p in profiles())


def test_unknown_profile_has_no_candidates() -> None:
    assert list_candidates("nightly") == {}
