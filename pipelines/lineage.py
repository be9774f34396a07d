"""Records that assets hand downstream, and the hashes that tie them to their content.

An asset's return value is a small record naming its artefact and that artefact's content hash;
the consumer re-derives the hash from what it actually loads and refuses a mismatch, so it can
never silently train on anything but the exact artefact its upstream produced.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain.catalog import Catalog
from training.sft_data.hashing import content_hash


class CatalogPart(StrEnum):
    foods = "foods"
    exercises = "exercises"


class CatalogRecord(BaseModel):
    """One loaded catalog part: where it was read from, its content hash and its sizes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    part: CatalogPart
    data_dir: str
    content_hash: str
    counts: dict[str, int]


class AdapterRecord(BaseModel):
    """A trained adapter, the exact dataset it was trained on and where MLflow tracked it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: str
    profile: str
    adapter_dir: str
    mlflow_run_id: str
    dataset_hash: str
    """`content_hash` of the `sft_dataset` artefact the adapter was trained on."""
    metrics: dict[str, float]


class StaleArtifact(Exception):
    """What a consumer loaded is not what its upstream recorded."""


def catalog_hash(catalog: Catalog, part: CatalogPart) -> str:
    """Content hash of the foods (with the everyday subset) or of the exercises.

    Args:
        catalog: The loaded catalog.
        part: Which part to hash.

    Returns:
        The hex digest.
    """
    if part is CatalogPart.foods:
        return content_hash(
            {
                "foods": [food.model_dump() for food in catalog.foods],
                "everyday": [item.model_dump() for item in catalog.everyday],
            }
        )
    return content_hash({"exercises": [ex.model_dump() for ex in catalog.exercises]})


def verify_catalog(catalog: Catalog, records: list[CatalogRecord]) -> None:
    """Check that `catalog` holds the content every record was materialised from.

    Args:
        catalog: The catalog as loaded now.
        records: Upstream records of the parts in use.

    Raises:
        StaleArtifact: If a part changed since its asset was materialised.
    """
    for record in records:
        found = catalog_hash(catalog, record.part)
        if found != record.content_hash:
            raise StaleArtifact(
                f"the {record.part} in {record.data_dir} changed since they were materialised "
                f"(hash {found}, recorded {record.content_hash}): re-materialise the catalogs group"
            )
