"""MLflow tracking: a local SQLite store by default, a remote server when the environment says so.

The recipe logs through `training.tracking` with an explicit client; this resource only decides
which store it talks to and makes the remote server's credentials available to MLflow.
"""

import os
from pathlib import Path

import dagster as dg
from mlflow.tracking import MlflowClient

from training.tracking import DEFAULT_DB


class MlflowTracking(dg.ConfigurableResource["MlflowTracking"]):
    """Where training runs are tracked."""

    tracking_uri: str

    @property
    def local_artifact_root(self) -> Path | None:
        """Where new experiments keep artefacts in a local store; None: the server decides."""
        return None

    def recipe_overrides(self) -> list[str]:
        """Dotted recipe-config overrides that point the recipe at this store."""
        return [f"tracking.tracking_uri={self.tracking_uri}"]

    def tag_run(self, run_id: str, tags: dict[str, str]) -> None:
        """Tag a run, e.g. with the dataset asset's hash so MLflow links back to Dagster."""
        client = MlflowClient(tracking_uri=self.tracking_uri)
        for key, value in tags.items():
            client.set_tag(run_id, key, value)


class LocalMlflow(MlflowTracking):
    """SQLite store and local artefacts, by default under `var/mlflow` (see `training.tracking`)."""

    tracking_uri: str = f"sqlite:///{DEFAULT_DB}"
    artifact_root: str = str(DEFAULT_DB.parent / "artifacts")

    @property
    def local_artifact_root(self) -> Path | None:
        return Path(self.artifact_root)

    def recipe_overrides(self) -> list[str]:
        return [*super().recipe_overrides(), f"tracking.artifact_root={self.artifact_root}"]


class RemoteMlflow(MlflowTracking):
    """An MLflow server; one with auth gets its bearer token from `MLFLOW_TRACKING_TOKEN`."""

    token: str | None = None
    """None for a server without auth, like the bundled compose one."""

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.token:
            # MLflow's REST client reads its bearer token from the environment only.
            os.environ["MLFLOW_TRACKING_TOKEN"] = self.token


def mlflow_from_env() -> MlflowTracking:
    """`RemoteMlflow` when `MLFLOW_TRACKING_URI` names a server, else `LocalMlflow`.

    The token is passed as a `dg.EnvVar` when `MLFLOW_TRACKING_TOKEN` is set, so its value stays
    out of the run config.
    """
    if not os.environ.get("MLFLOW_TRACKING_URI", "").startswith(("http://", "https://")):
        return LocalMlflow()
    token = dg.EnvVar("MLFLOW_TRACKING_TOKEN") if os.environ.get("MLFLOW_TRACKING_TOKEN") else None
    return RemoteMlflow(tracking_uri=dg.EnvVar("MLFLOW_TRACKING_URI"), token=token)
