"""The candidate registry: configs on disk, `configs/<model>/<method>_<profile>.yaml`.

Adding a candidate is adding a file; Dagster builds its static partitions from `list_candidates`.
Configs without a profile suffix (the tiny test models) are not candidates. A `lora_dpo`
candidate continues the `lora_sft` candidate of the same model (its *SFT parent*), so parents
are listed, and trained, before their children.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent / "configs"
SFT, DPO = "lora_sft", "lora_dpo"
METHODS = (SFT, DPO)
"""Recipes (`training.recipes.<method>`), in training order: a method needs the ones before it."""


def shipped_configs() -> list[Path]:
    """Every config file in the registry, candidates and test configs alike, sorted."""
    return sorted(CONFIG_DIR.glob("*/*.yaml"))


def config_method(path: Path) -> str:
    """The recipe a config file is for: its stem up to the profile suffix.

    Raises:
        ValueError: the file name starts with no known method.
    """
    for method in METHODS:
        if path.stem == method or path.stem.startswith(f"{method}_"):
            return method
    raise ValueError(f"{path.name} must start with one of {METHODS}")


def candidate_method(candidate: str) -> str:
    """The method of a `<model>-<method>` candidate name."""
    return candidate.rpartition("-")[2]


def sft_parent(candidate: str) -> str:
    """The SFT candidate a `lora_dpo` candidate starts from: the same model's `lora_sft`."""
    model, _, method = candidate.rpartition("-")
    if method != DPO:
        raise ValueError(f"{candidate!r} is not a `{DPO}` candidate: only those have a parent")
    return f"{model}-{SFT}"


def in_training_order(names: Iterable[str]) -> list[str]:
    """Candidate names with every SFT parent before its DPO children, then by name."""
    return sorted(names, key=lambda name: (METHODS.index(candidate_method(name)), name))


def list_candidates(profile: str) -> dict[str, Path]:
    """Candidates of one profile, keyed `<model>-<method>` (valid Dagster partition keys).

    Args:
        profile: e.g. `quick` (a few CPU minutes) or `full` (a GPU run).

    Returns:
        Candidate name to config path in training order (`in_training_order`); empty for an
        unknown profile.
    """
    candidates: dict[str, Path] = {}
    for path in shipped_configs():
        for method in METHODS:
            if path.stem == f"{method}_{profile}":
                candidates[f"{path.parent.name}-{method}"] = path
    return {name: candidates[name] for name in in_training_order(candidates)}


def profiles() -> list[str]:
    """Profiles that at least one candidate config provides."""
    found = {
        path.stem.removeprefix(f"{method}_")
        for path in shipped_configs()
        for method in METHODS
        if path.stem.startswith(f"{method}_")
    }
    return sorted(found)
