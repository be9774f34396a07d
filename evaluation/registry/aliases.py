"""Alias moves on the registry: promote, demote, roll back. Each move is one call, logged, and
recorded on the registered model so the history survives the process that made it.

`@champion` serves by default, `@challenger` gets the A/B share. Deprecated stages are not used.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from mlflow import MlflowClient

from evaluation.registry.names import (
    ALIASES,
    CHALLENGER,
    CHAMPION,
    CHAMPION_HISTORY_TAG,
    EVENTS_TAG,
    MAX_EVENTS,
    MODEL_NAME,
)

logger = logging.getLogger(__name__)


class RegistryError(RuntimeError):
    """An alias move that the registry's current state does not allow."""


def current_aliases(client: MlflowClient, *, name: str = MODEL_NAME) -> dict[str, str]:
    """Alias → version number (as a string) of the registered model."""
    return {alias: str(v) for alias, v in client.get_registered_model(name).aliases.items()}


def _json_tag(client: MlflowClient, name: str, key: str) -> list[object]:
    value = client.get_registered_model(name).tags.get(key)
    loaded: list[object] = json.loads(value) if value else []
    return loaded


def champion_history(client: MlflowClient, *, name: str = MODEL_NAME) -> list[str]:
    """Versions that held `@champion`, oldest first; rollback walks it backwards."""
    return [str(v) for v in _json_tag(client, name, CHAMPION_HISTORY_TAG)]


def alias_events(client: MlflowClient, *, name: str = MODEL_NAME) -> list[object]:
    """The most recent alias moves (at most `MAX_EVENTS`), oldest first."""
    return _json_tag(client, name, EVENTS_TAG)


def _record(client: MlflowClient, name: str, action: str, alias: str, version: str) -> None:
    at = datetime.now(UTC).isoformat(timespec="seconds")
    event = {"at": at, "action": action, "alias": alias, "version": version}
    events = [*alias_events(client, name=name), event][-MAX_EVENTS:]
    client.set_registered_model_tag(name, EVENTS_TAG, json.dumps(events))
    client.set_model_version_tag(name, version, f"{action}.{alias}", at)
    logger.info("%s: %s @%s -> version %s", name, action, alias, version)


def set_champion(client: MlflowClient, version: str, *, name: str = MODEL_NAME) -> None:
    """Point `@champion` at `version` (no gate here: the caller's gate passed), logged, with the
    champion history kept for rollback."""
    client.set_registered_model_alias(name, CHAMPION, version)
    history = champion_history(client, name=name)
    if not history or history[-1] != version:
        history.append(version)
    client.set_registered_model_tag(name, CHAMPION_HISTORY_TAG, json.dumps(history))
    _record(client, name, "set", CHAMPION, version)


def promote(client: MlflowClient, version: str, *, name: str = MODEL_NAME) -> str:
    """Give a gated version an alias: `@champion` if there is none yet, else `@challenger`.

    Args:
        client: Registry client.
        version: Version number that passed the promotion gate.
        name: Registered model name.

    Returns:
        The alias that now points at `version`.
    """
    client.get_model_version(name, version)  # fail fast on an unknown version
    champion = current_aliases(client, name=name).get(CHAMPION)
    if champion == version:
        return CHAMPION
    if champion is None:
        set_champion(client, version, name=name)
        return CHAMPION
    client.set_registered_model_alias(name, CHALLENGER, version)
    _record(client, name, "set", CHALLENGER, version)
    return CHALLENGER


def promote_challenger_to_champion(client: MlflowClient, *, name: str = MODEL_NAME) -> str:
    """Move `@champion` to the challenger's version and clear `@challenger`.

    Returns:
        The new champion's version.

    Raises:
        RegistryError: If there is no challenger.
    """
    challenger = current_aliases(client, name=name).get(CHALLENGER)
    if challenger is None:
        raise RegistryError(f"{name} has no @{CHALLENGER} to promote")
    set_champion(client, challenger, name=name)
    client.delete_registered_model_alias(name, CHALLENGER)
    _record(client, name, "cleared", CHALLENGER, challenger)
    return challenger


def demote(client: MlflowClient, alias: str, *, name: str = MODEL_NAME) -> str:
    """Remove an alias from its version; the champion history is kept for rollback.

    Returns:
        The version that lost the alias.

    Raises:
        RegistryError: If the alias is unknown or not set.
    """
    if alias not in ALIASES:
        raise RegistryError(f"alias must be one of {ALIASES}, got {alias!r}")
    version = current_aliases(client, name=name).get(alias)
    if version is None:
        raise RegistryError(f"{name} has no @{alias} to demote")
    client.delete_registered_model_alias(name, alias)
    _record(client, name, "demoted", alias, version)
    return version


def rollback_champion(client: MlflowClient, *, name: str = MODEL_NAME) -> str:
    """Point `@champion` back at the version that held it before the latest one.

    Works whether or not the latest champion was demoted first.

    Returns:
        The restored champion's version.

    Raises:
        RegistryError: If no earlier champion exists.
    """
    history = champion_history(client, name=name)
    if len(history) < 2:
        raise RegistryError(f"{name} has no previous @{CHAMPION} to roll back to: {history}")
    dropped, restored = history[-1], history[-2]
    client.set_registered_model_alias(name, CHAMPION, restored)
    client.set_registered_model_tag(name, CHAMPION_HISTORY_TAG, json.dumps(history[:-1]))
    _record(client, name, "rolled_back", CHAMPION, dropped)
    _record(client, name, "set", CHAMPION, restored)
    return restored
