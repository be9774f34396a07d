from __future__ import annotations

import time
from pathlib import Path

import pytest

from catalogs.store import CatalogNotInstalledError, load_catalog
from domain.catalog import Catalog


def test_missing_data_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CatalogNotInstalledError, match="make data") as error:
        load_catalog(tmp_path)
    assert "python -m catalogs.fetch --data-dir" in str(error.value)


def test_load_is_cached_per_folder(data_dir: Path, catalog: Catalog) -> None:
    started = time.perf_counter()
    again = load_catalog(data_dir)
    assert again is catalog
    assert time.perf_counter() - started < 0.5


def test_catalog_lookups_work_on_real_data(catalog: Catalog) -> None:
    assert len(catalog.foods) == 8789
    assert len(catalog.food_groups) == 25
    page = catalog.search_foods(q="butter salted", group="dairy and egg products")
    assert "01001" in {food.id for food in page.items}
    assert catalog.foods_by_id["01001"].kcal == 717
    assert catalog.search_exercises(q="squat").total > 40
