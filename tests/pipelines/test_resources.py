"""The record IO manager across partitions, and the choice of MLflow store from the environment."""

import os
from pathlib import Path

import dagster as dg
import pytest
from pydantic import BaseModel

from pipelines.defs.resources.artifacts import RecordIOManager
from pipelines.defs.resources.mlflow import LocalMlflow, RemoteMlflow, mlflow_from_env

parts = dg.StaticPartitionsDefinition(["a", "bb"])


class Sized(BaseModel):
    key: str
    size: int


@dg.asset(partitions_def=parts)
def sized(context: dg.AssetExecutionContext) -> Sized:
    return Sized(key=context.partition_key, size=len(context.partition_key))


@dg.asset
def total(sized: dict[str, Sized]) -> Sized:
    return Sized(key="+".join(sized), size=sum(record.size for record in sized.values()))


@dg.asset(ins={"sized": dg.AssetIn(metadata={"allow_missing_partitions": True})})
def so_far(sized: dict[str, Sized]) -> Sized:
    """Like `total`, over the partitions materialised so far."""
    return Sized(key="+".join(sized), size=sum(record.size for record in sized.values()))


@dg.asset
def one(sized: Sized) -> None:
    """Wrongly annotated: an unpartitioned asset sees every partition of `sized`."""


def _materialize(
    root: Path, selection: list[dg.AssetsDefinition], partition: str | None = None
) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [sized, total, so_far, one],
        selection=selection,
        partition_key=partition,
        resources={"io_manager": RecordIOManager(root=str(root))},
        raise_on_error=False,
    )


def _failure(result: dg.ExecuteInProcessResult) -> str:
    """The message of the exception that failed the run's only failed step."""
    [failure] = result.get_step_failure_events()
    error = failure.step_failure_data.error
    while error is not None and error.cause is not None:
        error = error.cause
    assert error is not None
    return error.message


def test_unpartitioned_input_gets_each_partitions_record(tmp_path: Path) -> None:
    for partition in ("a", "bb"):
        assert _materialize(tmp_path, [sized], partition).success
    result = _materialize(tmp_path, [total])
    assert result.success
    assert result.output_for_node("total") == Sized(key="a+bb", size=3)
    assert Sized.model_validate_json((tmp_path / "total" / "__all__.json").read_text()).size == 3


def test_missing_partition_fails_naming_it(tmp_path: Path) -> None:
    assert _materialize(tmp_path, [sized], "a").success
    message = _failure(_materialize(tmp_path, [total]))
    assert "FileNotFoundError" in message
    assert "materialise `sized` partition 'bb' first" in message


def test_input_allowing_missing_partitions_gets_those_that_exist(tmp_path: Path) -> None:
    assert _materialize(tmp_path, [sized], "bb").success
    result = _materialize(tmp_path, [so_far])
    assert result.success
    assert result.output_for_node("so_far") == Sized(key="bb", size=2)


def test_input_allowing_missing_partitions_still_needs_one(tmp_path: Path) -> None:
    message = _failure(_materialize(tmp_path, [so_far]))
    assert "materialise `sized` partition 'a' first" in message


def test_single_record_annotation_refuses_several_partitions(tmp_path: Path) -> None:
    for partition in ("a", "bb"):
        _materialize(tmp_path, [sized], partition)
    message = _failure(_materialize(tmp_path, [one]))
    assert "TypeError" in message and "reads 2 partition(s) of `sized`" in message


def test_local_store_without_a_server_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    assert isinstance(mlflow_from_env(), LocalMlflow)


def _initialised_remote() -> RemoteMlflow:
    resource = mlflow_from_env()
    assert isinstance(resource, RemoteMlflow)
    with resource.process_config_and_initialize_cm() as ready:
        assert isinstance(ready, RemoteMlflow)
        return ready


def test_remote_store_without_auth_needs_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow:5000")
    monkeypatch.delenv("MLFLOW_TRACKING_TOKEN", raising=False)
    ready = _initialised_remote()
    assert ready.tracking_uri == "http://mlflow:5000"
    assert ready.token is None
    assert "MLFLOW_TRACKING_TOKEN" not in os.environ


def test_remote_token_is_read_as_an_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "https://mlflow.example")
    monkeypatch.setenv("MLFLOW_TRACKING_TOKEN", "s3cret")
    resource = mlflow_from_env()
    assert isinstance(resource, RemoteMlflow)
    assert resource.token == dg.EnvVar("MLFLOW_TRACKING_TOKEN")
    assert _initialised_remote().token == "s3cret"
