from __future__ import annotations

import pytest
from mlflow import MlflowClient

from evaluation.registry import (
    CHALLENGER,
    CHAMPION,
    RegistryError,
    alias_events,
    champion_history,
    current_aliases,
    demote,
    promote,
    promote_challenger_to_champion,
    rollback_champion,
    set_champion,
)


def _versions(client: MlflowClient, name: str, count: int) -> list[str]:
    client.create_registered_model(name)
    return [
        str(client.create_model_version(name, source=f"/tmp/src{i}").version) for i in range(count)
    ]


def test_first_promotion_is_champion_then_challenger(
    mlflow_client: MlflowClient, model_name: str
) -> None:
    v1, v2, v3 = _versions(mlflow_client, model_name, 3)
    assert promote(mlflow_client, v1, name=model_name) == CHAMPION
    assert promote(mlflow_client, v2, name=model_name) == CHALLENGER
    assert promote(mlflow_client, v3, name=model_name) == CHALLENGER
    assert promote(mlflow_client, v1, name=model_name) == CHAMPION  # already champion: no-op
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: v1, CHALLENGER: v3}
    assert champion_history(mlflow_client, name=model_name) == [v1]


def test_promote_unknown_version_fails_fast(mlflow_client: MlflowClient, model_name: str) -> None:
    _versions(mlflow_client, model_name, 1)
    with pytest.raises(Exception, match="not found|RESOURCE_DOES_NOT_EXIST"):
        promote(mlflow_client, "99", name=model_name)


def test_challenger_to_champion_then_rollback(mlflow_client: MlflowClient, model_name: str) -> None:
    v1, v2 = _versions(mlflow_client, model_name, 2)
    promote(mlflow_client, v1, name=model_name)
    promote(mlflow_client, v2, name=model_name)
    assert promote_challenger_to_champion(mlflow_client, name=model_name) == v2
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: v2}
    assert champion_history(mlflow_client, name=model_name) == [v1, v2]
    assert rollback_champion(mlflow_client, name=model_name) == v1
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: v1}
    assert champion_history(mlflow_client, name=model_name) == [v1]
    version = mlflow_client.get_model_version(model_name, v2)
    assert "rolled_back.champion" in version.tags
    actions = [e["action"] for e in alias_events(mlflow_client, name=model_name)]  # type: ignore[index]
    assert actions == ["set", "set", "set", "cleared", "rolled_back", "set"]
    with pytest.raises(RegistryError, match="no previous"):
        rollback_champion(mlflow_client, name=model_name)


def test_set_champion_replaces_the_champion_and_can_be_rolled_back(
    mlflow_client: MlflowClient, model_name: str
) -> None:
    v1, v2 = _versions(mlflow_client, model_name, 2)
    set_champion(mlflow_client, v1, name=model_name)
    set_champion(mlflow_client, v2, name=model_name)
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: v2}
    assert champion_history(mlflow_client, name=model_name) == [v1, v2]
    assert "set.champion" in mlflow_client.get_model_version(model_name, v2).tags
    assert rollback_champion(mlflow_client, name=model_name) == v1


def test_demote_clears_alias_and_rollback_still_restores(
    mlflow_client: MlflowClient, model_name: str
) -> None:
    v1, v2 = _versions(mlflow_client, model_name, 2)
    promote(mlflow_client, v1, name=model_name)
    promote(mlflow_client, v2, name=model_name)
    promote_challenger_to_champion(mlflow_client, name=model_name)
    assert demote(mlflow_client, CHAMPION, name=model_name) == v2
    assert current_aliases(mlflow_client, name=model_name) == {}
    assert rollback_champion(mlflow_client, name=model_name) == v1
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: v1}


def test_refused_moves_name_the_problem(mlflow_client: MlflowClient, model_name: str) -> None:
    _versions(mlflow_client, model_name, 1)
    with pytest.raises(RegistryError, match="no @challenger"):
        promote_challenger_to_champion(mlflow_client, name=model_name)
    with pytest.raises(RegistryError, match="no @champion"):
        demote(mlflow_client, CHAMPION, name=model_name)
    with pytest.raises(RegistryError, match="alias must be one of"):
        demote(mlflow_client, "production", name=model_name)
