"""Which training profile candidates run with: `quick` (CPU minutes), `full` (GPU) or `tiny`."""

from collections.abc import Sequence
from pathlib import Path
from typing import Final

import dagster as dg
from pydantic import Field

from training.config import RecipeConfig
from training.config_io import load_config
from training.registry import CONFIG_DIR, candidate_method, list_candidates

TINY = "tiny"
SMOKE_PROFILES: Final = frozenset({"quick", TINY})
"""Profiles that check the graph runs end to end (CPU minutes, a random model): they must still
register a champion, so production-only gate floors only warn on them."""


class TrainingSettings(dg.ConfigurableResource["TrainingSettings"]):
    """Picks each candidate's recipe config for the chosen profile."""

    profile: str = Field(
        description="`quick` or `full` from the candidate registry; `tiny` trains the random "
        "2-layer test model for every candidate, with its method's recipe (tests and smoke runs)"
    )

    def config_path(self, candidate: str) -> Path:
        """The recipe config of `candidate` under this profile.

        Raises:
            ValueError: If the candidate has no config for the profile.
        """
        if self.profile == TINY:
            return CONFIG_DIR / TINY / f"{candidate_method(candidate)}.yaml"
        configs = list_candidates(self.profile)
        if candidate not in configs:
            raise ValueError(
                f"candidate {candidate!r} has no `{self.profile}` config "
                f"(has {sorted(configs)}): change the training resource's `profile`"
            )
        return configs[candidate]

    def recipe_config(self, candidate: str, overrides: Sequence[str]) -> RecipeConfig:
        """Load the candidate's config with dotted overrides applied on top."""
        return load_config(self.config_path(candidate), [f"name={candidate}", *overrides])
