from __future__ import annotations

import pytest

from training.config_io import load_config
from training.recipes.lifecycle import ADAPTER_DIR
from training.registry import (
    CONFIG_DIR,
    DPO,
    SFT,
    config_method,
    in_training_order,
    list_candidates,
    profiles,
    sft_parent,
    shipped_configs,
)


def test_quick_candidates_are_the_profile_files_keyed_by_model_and_method() -> None:
    candidates = list_candidates("quick")

    assert {"smollm2_135m-lora_sft", "smollm2_135m-lora_dpo"} <= set(candidates)
    for name, path in candidates.items():
        method = config_method(path)
        assert path.stem == f"{method}_quick"
        assert name == f"{path.parent.name}-{method}"
        assert load_config(path).name.startswith(path.parent.name)


def test_candidates_are_listed_parents_first() -> None:
    names = list(list_candidates("quick"))

    assert names == in_training_order(names)
    assert names.index("smollm2_135m-lora_sft") < names.index("smollm2_135m-lora_dpo")
    assert in_training_order(["b-lora_dpo", "b-lora_sft", "a-lora_sft"]) == [
        "a-lora_sft",
        "b-lora_sft",
        "b-lora_dpo",
    ]


@pytest.mark.parametrize("profile", ["quick", "full"])
def test_every_dpo_candidate_continues_its_sft_parent_of_the_same_profile(profile: str) -> None:
    candidates = list_candidates(profile)
    dpo_names = [name for name in candidates if name.endswith(DPO)]

    assert dpo_names
    for name in dpo_names:
        child, parent = load_config(candidates[name]), load_config(candidates[sft_parent(name)])
        assert child.dpo is not None and parent.dpo is None
        assert child.dpo.sft_adapter == parent.output_dir / ADAPTER_DIR
        assert (child.model, child.lora) == (parent.model, parent.lora)


def test_only_dpo_candidates_have_a_parent() -> None:
    assert sft_parent("smollm2_135m-lora_dpo") == f"smollm2_135m-{SFT}"
    with pytest.raises(ValueError, match="not a `lora_dpo` candidate"):
        sft_parent("smollm2_135m-lora_sft")


def test_every_candidate_has_a_quick_and_a_full_profile() -> None:
    assert set(list_candidates("quick")) == set(list_candidates("full"))
    assert {"quick", "full"} <= set(profiles())


def test_profileless_test_configs_are_shipped_but_not_candidates() -> None:
    tiny = {CONFIG_DIR / "tiny" / f"{method}.yaml" for method in (SFT, DPO)}

    assert tiny <= set(shipped_configs())
    assert all(not tiny & set(list_candidates(p).values()) for p in profiles())


def test_unknown_profile_has_no_candidates() -> None:
    assert list_candidates("nightly") == {}
