"""Promotion of a candidate that passed the gate: champion if none, else challenger if best."""

from __future__ import annotations

from mlflow import MlflowClient

from evaluation.gate import select_best
from evaluation.registry.aliases import current_aliases, promote
from evaluation.registry.names import CHALLENGER, CHAMPION, MODEL_NAME
from evaluation.registry.versions import version_metrics


def promote_if_best(client: MlflowClient, version: str, *, name: str = MODEL_NAME) -> str | None:
    """Give a gated version `@champion` (first model) or `@challenger` if it beats the current.

    The challenger slot therefore always holds the best gated candidate seen so far, ranked by
    `evaluation.gate.rank_key` on the versions' `eval.*` tags.

    Args:
        client: Registry client.
        version: A version that passed the promotion gate.
        name: Registered model name.

    Returns:
        The alias given, or None when the current challenger ranks at least as high.
    """
    aliases = current_aliases(client, name=name)
    challenger = aliases.get(CHALLENGER)
    if CHAMPION in aliases and challenger is not None and challenger != version:
        ranked = {
            key: version_metrics(client.get_model_version(name, key))
            for key in (challenger, version)
        }
        if select_best(ranked) != version:
            return None
    return promote(client, version, name=name)
