"""Resource instances for this deployment, chosen from the environment.

`NEXFITRA_DATA_DIR` (default `data`), `NEXFITRA_ARTIFACTS_DIR` (default `var/artifacts`),
`NEXFITRA_TRAINING_PROFILE` (default `quick`), `MLFLOW_TRACKING_URI` / `MLFLOW_TRACKING_TOKEN`
for a remote MLflow server, and `NEXFITRA_API_URL` (default `http://127.0.0.1:8000`) /
`NEXFITRA_SCIENTIST_TOKEN` (read when a run or sensor uses the product API) for the product API.
"""

import os

import dagster as dg

from pipelines.defs.resources.artifacts import ArtifactStore, RecordIOManager
from pipelines.defs.resources.catalog_source import CatalogSource
from pipelines.defs.resources.mlflow import mlflow_from_env
from pipelines.defs.resources.product_api import ProductApi
from pipelines.defs.resources.training import TrainingSettings


@dg.definitions
def resources() -> dg.Definitions:
    artifacts = os.environ.get("NEXFITRA_ARTIFACTS_DIR", "var/artifacts")
    return dg.Definitions(
        resources={
            "catalog_source": CatalogSource(data_dir=os.environ.get("NEXFITRA_DATA_DIR", "data")),
            "artifact_store": ArtifactStore(root=artifacts),
            "io_manager": RecordIOManager(root=os.path.join(artifacts, "records")),
            "mlflow": mlflow_from_env(),
            "training": TrainingSettings(
                profile=os.environ.get("NEXFITRA_TRAINING_PROFILE", "quick")
            ),
            "product_api": ProductApi(
                base_url=os.environ.get("NEXFITRA_API_URL", "http://127.0.0.1:8000"),
                token=dg.EnvVar("NEXFITRA_SCIENTIST_TOKEN"),
            ),
        }
    )
