from pathlib import Path

import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from pipelines.lineage import (
    CatalogPart,
    CatalogRecord,
    StaleArtifact,
    catalog_hash,
    verify_catalog,
)
from tests.pipelines.conftest import ROOT


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    import os

    return load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))))


def _record(catalog: Catalog, part: CatalogPart) -> CatalogRecord:
    return CatalogRecord(
        part=part, data_dir="data", content_hash=catalog_hash(catalog, part), counts={}
    )


def test_parts_hash_independently(catalog: Catalog) -> None:
    fewer_exercises = Catalog(
        foods=catalog.foods, everyday=catalog.everyday, exercises=catalog.exercises[1:]
    )
    foods, exercises = CatalogPart.foods, CatalogPart.exercises
    assert catalog_hash(fewer_exercises, foods) == catalog_hash(catalog, foods)
    assert catalog_hash(fewer_exercises, exercises) != catalog_hash(catalog, exercises)


def test_changed_catalog_is_refused(catalog: Catalog) -> None:
    records = [_record(catalog, CatalogPart.foods), _record(catalog, CatalogPart.exercises)]
    verify_catalog(catalog, records)
    fewer_foods = Catalog(
        foods=catalog.foods[1:], everyday=catalog.everyday, exercises=catalog.exercises
    )
    with pytest.raises(StaleArtifact, match="foods"):
        verify_catalog(fewer_foods, records)
