from __future__ import annotations

from mlflow import MlflowClient

from evaluation.registry import CHALLENGER, CHAMPION, current_aliases, promote_if_best

GOOD = {
    "hard_violations_after": 0.0,
    "hard_violations_before": 1.0,
    "schema_valid_rate": 1.0,
    "grounded_rate": 0.9,
    "kcal_error_p95": 0.02,
}


def _version(client: MlflowClient, name: str, **metrics: float) -> str:
    tags = {f"eval.{k}": str(v) for k, v in {**GOOD, **metrics}.items()}
    return str(client.create_model_version(name, source="/tmp/src", tags=tags).version)


def test_challenger_is_the_best_gated_candidate(
    mlflow_client: MlflowClient, model_name: str
) -> None:
    mlflow_client.create_registered_model(model_name)
    first = _version(mlflow_client, model_name)
    good = _version(mlflow_client, model_name, grounded_rate=0.95)
    worse = _version(mlflow_client, model_name, grounded_rate=0.5)
    better = _version(mlflow_client, model_name, grounded_rate=0.99)
    assert promote_if_best(mlflow_client, first, name=model_name) == CHAMPION
    assert promote_if_best(mlflow_client, good, name=model_name) == CHALLENGER
    assert promote_if_best(mlflow_client, worse, name=model_name) is None
    assert current_aliases(mlflow_client, name=model_name)[CHALLENGER] == good
    assert promote_if_best(mlflow_client, better, name=model_name) == CHALLENGER
    assert current_aliases(mlflow_client, name=model_name) == {CHAMPION: first, CHALLENGER: better}
