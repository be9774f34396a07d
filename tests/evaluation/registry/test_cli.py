from __future__ import annotations

import pytest
from mlflow import MlflowClient

from evaluation.registry.__main__ import run
from evaluation.registry.aliases import RegistryError


def test_cli_promotes_demotes_and_rolls_back(
    mlflow_client: MlflowClient, mlflow_uri: str, model_name: str
) -> None:
    mlflow_client.create_registered_model(model_name)
    for i in range(2):
        mlflow_client.create_model_version(model_name, source=f"/tmp/src{i}")
    base = ["--tracking-uri", mlflow_uri, "--name", model_name]
    assert run([*base, "promote", "1"])["aliases"] == {"champion": "1"}
    assert run([*base, "promote", "2"])["aliases"] == {"champion": "1", "challenger": "2"}
    assert run([*base, "promote-challenger"])["aliases"] == {"champion": "2"}
    assert run([*base, "rollback"])["aliases"] == {"champion": "1"}
    state = run([*base, "demote", "champion"])
    assert state["aliases"] == {}
    assert state["champion_history"] == ["1"]
    assert run([*base, "show"])["events"]


def test_cli_rejects_unknown_alias(mlflow_uri: str) -> None:
    with pytest.raises(SystemExit):
        run(["--tracking-uri", mlflow_uri, "demote", "production"])


def test_cli_says_when_no_model_is_registered_yet(mlflow_uri: str) -> None:
    with pytest.raises(RegistryError, match="no model `nobody` is registered"):
        run(["--tracking-uri", mlflow_uri, "--name", "nobody", "show"])
