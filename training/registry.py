"""The candidate registry: configs on disk, `configs/<model>/<method>_<profile>.yaml`.

Adding a candidate is adding a file; Dagster builds its static partitions from `list_candidates`.
Configs without a profile suffix (the tiny test model) are not candidates.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_DIR = Path(__file__).resolve().parent / "configs"
METHODS = ("lora_sft",)


def shipped_configs() -> list[Path]:
    """Every config file in the registry, candidates and test configs alike, sorted."""
    return sorted(CONFIG_DIR.glob("*/*.yaml"))


def list_candidates(profile: str) -> dict[str, Path]:
    """Candidates of one profile, keyed `<model>-<method>` (valid Dagster partition keys).

    Args:
        profile: e.g. `quick` (a few CPU minutes) or `full` (a GPU run).

    Returns:
        Candidate name to config path, sorted by name; empty for an unknown profile.
    """
    candidates: dict[str, Path] = {}
    for path in shipped_configs():
        for method in METHODS:
            if path.stem == f"{method}_{profile}":
                candidates[f"{path.parent.name}-{method}"] = path
    return dict(sorted(candidates.items()))


def profiles() -> list[str]:
    """Profiles that at least one candidate config provides."""
    found = {
        path.stem.removeprefix(f"{method}_")
        for path in shipped_configs()
        for method in METHODS
        if path.stem.startswith(f"{method}_")
    }
    return sorted(found)
