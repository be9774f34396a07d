from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalogs.store import load_catalog
from domain.catalog import Catalog
from tests.domain.plan.factories import make_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return make_catalog()


@pytest.fixture(scope="session")
def real_catalog() -> Catalog:
    data_dir = Path(os.environ.get("NEXFITRA_DATA_DIR", "data"))
    return load_catalog(data_dir)  # raises CatalogNotInstalledError: never skipped
