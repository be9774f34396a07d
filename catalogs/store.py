"""Reads and writes the normalised catalog files under `<data_dir>/catalog/`.

`python -m catalogs.fetch` writes them once; services and tests only read them, so loading is
cached per data folder and invalidated when the fetch rewrites the manifest.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from catalogs.mets import Activity
from domain.catalog import Catalog, EverydayFood, Exercise, Food

CATALOG_DIR = "catalog"
FOODS_FILE = "foods.json"
EVERYDAY_FILE = "everyday.json"
EXERCISES_FILE = "exercises.json"
METS_FILE = "mets.json"
MANIFEST_FILE = "manifest.json"
CATALOG_FILES = (FOODS_FILE, EVERYDAY_FILE, EXERCISES_FILE, METS_FILE)

_FOODS = TypeAdapter(tuple[Food, ...])
_EVERYDAY = TypeAdapter(tuple[EverydayFood, ...])
_EXERCISES = TypeAdapter(tuple[Exercise, ...])
_METS = TypeAdapter(tuple[Activity, ...])
_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    FOODS_FILE: _FOODS,
    EVERYDAY_FILE: _EVERYDAY,
    EXERCISES_FILE: _EXERCISES,
    METS_FILE: _METS,
}


class CatalogNotInstalledError(RuntimeError):
    """The normalised catalog files are missing: the data has not been fetched yet."""

    def __init__(self, data_dir: Path, missing: Path) -> None:
        super().__init__(
            f"catalog data not installed: {missing} is missing. Run `make data` "
            f"(or `python -m catalogs.fetch --data-dir {data_dir}`) first."
        )


def catalog_dir(data_dir: Path) -> Path:
    """The folder holding the normalised catalog files inside a data folder."""
    return data_dir / CATALOG_DIR


def _require(data_dir: Path, name: str) -> Path:
    path = catalog_dir(data_dir) / name
    if not path.is_file():
        raise CatalogNotInstalledError(data_dir, path)
    return path


def _manifest_stamp(data_dir: Path) -> int:
    return _require(data_dir, MANIFEST_FILE).stat().st_mtime_ns


def load_catalog(data_dir: Path) -> Catalog:
    """The food and exercise catalogs fetched into `data_dir`, cached per folder.

    Args:
        data_dir: The data folder given to `python -m catalogs.fetch --data-dir`.

    Returns:
        The loaded Catalog (shared between callers: treat it as read-only).

    Raises:
        CatalogNotInstalledError: The fetch has not been run for this folder.
    """
    resolved = data_dir.resolve()
    return _load_catalog(resolved, _manifest_stamp(resolved))


@lru_cache(maxsize=4)
def _load_catalog(data_dir: Path, _stamp: int) -> Catalog:
    return Catalog(
        foods=_FOODS.validate_json(_require(data_dir, FOODS_FILE).read_bytes()),
        everyday=_EVERYDAY.validate_json(_require(data_dir, EVERYDAY_FILE).read_bytes()),
        exercises=_EXERCISES.validate_json(_require(data_dir, EXERCISES_FILE).read_bytes()),
    )


def load_mets(data_dir: Path) -> tuple[Activity, ...]:
    """The Compendium activities (MET values) fetched into `data_dir`, cached per folder.

    Raises:
        CatalogNotInstalledError: The fetch has not been run for this folder.
    """
    resolved = data_dir.resolve()
    return _load_mets(resolved, _manifest_stamp(resolved))


@lru_cache(maxsize=4)
def _load_mets(data_dir: Path, _stamp: int) -> tuple[Activity, ...]:
    return _METS.validate_json(_require(data_dir, METS_FILE).read_bytes())


def read_manifest(data_dir: Path) -> dict[str, Any] | None:
    """The manifest of the last successful fetch, or None if there is none."""
    path = catalog_dir(data_dir) / MANIFEST_FILE
    if not path.is_file():
        return None
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


def write_catalog_file(data_dir: Path, name: str, items: tuple[Any, ...]) -> Path:
    """Write one catalog file (JSON array of model dumps) atomically; returns its path."""
    return _write_atomic(catalog_dir(data_dir) / name, _ADAPTERS[name].dump_json(items))


def write_manifest(data_dir: Path, manifest: dict[str, Any]) -> Path:
    """Write the manifest last, so its presence means the whole catalog is complete."""
    body = json.dumps(manifest, indent=2, sort_keys=True).encode()
    return _write_atomic(catalog_dir(data_dir) / MANIFEST_FILE, body)


def _write_atomic(path: Path, body: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_bytes(body)
    partial.replace(path)
    return path
