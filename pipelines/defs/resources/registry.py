"""The MLflow model registry, reached through the same store as tracking."""

from mlflow import MlflowClient

from pipelines.defs.resources.mlflow import MlflowTracking


def registry_client(mlflow: MlflowTracking) -> MlflowClient:
    """A client whose registry is the tracking store (SQLite locally, the server remotely)."""
    return MlflowClient(tracking_uri=mlflow.tracking_uri, registry_uri=mlflow.tracking_uri)
