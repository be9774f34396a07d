"""Where the food and exercise catalogs are read from."""

from pathlib import Path

import dagster as dg

from catalogs.store import load_catalog
from domain.catalog import Catalog


class CatalogSource(dg.ConfigurableResource["CatalogSource"]):
    """The catalog data folder written by `python -m catalogs.fetch --data-dir <dir>`."""

    data_dir: str

    def load(self) -> Catalog:
        return load_catalog(Path(self.data_dir))
