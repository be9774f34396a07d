"""The food and exercise catalogs, as fetched into the configured data folder."""

from __future__ import annotations

from pathlib import Path

from app.services.errors import UnavailableError
from catalogs.store import CatalogNotInstalledError, load_catalog
from domain.catalog import Catalog


class CatalogProvider:
    """Loads the catalog on first use, so the API starts (and serves the rest) without it."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir

    def get(self) -> Catalog:
        """The loaded catalog (`load_catalog` caches it per folder and reloads after a re-fetch).

        Raises:
            UnavailableError: the catalog data is not installed (message says how to fetch it).
        """
        try:
            return load_catalog(self._data_dir)
        except CatalogNotInstalledError as exc:
            raise UnavailableError(str(exc)) from exc
