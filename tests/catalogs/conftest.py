"""Session fixtures over the real fetched catalog (run `make data` first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogs.fetch import RAW_DIR
from catalogs.sources import SR28
from catalogs.sr28 import parse_foods
from catalogs.store import load_catalog
from domain.catalog import Catalog, Food
from tests.catalogs.helpers import catalog_data_dir


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return catalog_data_dir()


@pytest.fixture(scope="session")
def catalog(data_dir: Path) -> Catalog:
    return load_catalog(data_dir)


@pytest.fixture(scope="session")
def sr28_dir(data_dir: Path) -> Path:
    return data_dir / RAW_DIR / SR28.key


@pytest.fixture(scope="session")
def untagged_foods(sr28_dir: Path) -> dict[str, Food]:
    return {food.id: food for food in parse_foods(sr28_dir)}
