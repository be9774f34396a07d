"""Ground a draft's free-text names in the catalog, and record what serving must tell the user.

Names match case-insensitively first, then after normalising punctuation and plurals, then by a
close difflib match; anything else is reported as unknown rather than guessed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Final, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from domain.catalog import Catalog, EverydayFood, Exercise
from domain.plan.violations import ViolationCode

T = TypeVar("T")
FUZZY_CUTOFF: Final = 0.85
_NON_WORD = re.compile(r"[^a-z0-9]+")


class RepairKind(StrEnum):
    fuzzy_match = "fuzzy_match"
    unknown_name = "unknown_name"
    dropped = "dropped"
    added = "added"
    schedule = "schedule"
    menu = "menu"


class Repair(BaseModel):
    """One change made to a draft; `code` names the broken constraint behind a drop."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: RepairKind
    where: str
    message: str
    code: ViolationCode | None = None


def normalise(name: str) -> str:
    """Lower case, punctuation to single spaces, trailing plural "s" off each word."""
    words = _NON_WORD.sub(" ", name.casefold()).split()
    return " ".join(word.removesuffix("s") for word in words)


class _Index(Generic[T]):
    def __init__(self, items: Mapping[str, T]) -> None:
        self.exact = {name.casefold(): item for name, item in items.items()}
        self.normal = {normalise(name): item for name, item in items.items()}
        self.keys = sorted(self.normal)

    def find(self, name: str) -> tuple[T | None, bool]:
        """The item and whether it took a fuzzy (not exact) match."""
        hit = self.exact.get(name.strip().casefold())
        if hit is not None:
            return hit, False
        key = normalise(name)
        if key in self.normal:
            return self.normal[key], True
        close = difflib.get_close_matches(key, self.keys, n=1, cutoff=FUZZY_CUTOFF)
        return (self.normal[close[0]], True) if close else (None, False)


class Grounder:
    """Looks draft names up in one catalog (build once per catalog; lookups are cheap)."""

    def __init__(self, catalog: Catalog) -> None:
        self._foods = _Index({food.name: food for food in catalog.everyday})
        self._exercises = _Index({ex.name: ex for ex in catalog.exercises})

    def food(self, name: str, where: str, repairs: list[Repair]) -> EverydayFood | None:
        """The everyday food `name` means, recording a repair when it was not an exact match."""
        return _ground(self._foods, name, where, repairs, lambda food: food.name)

    def exercise(self, name: str, where: str, repairs: list[Repair]) -> Exercise | None:
        """The exercise `name` means, recording a repair when it was not an exact match."""
        return _ground(self._exercises, name, where, repairs, lambda ex: ex.name)


def _ground(
    index: _Index[T], name: str, where: str, repairs: list[Repair], display: Callable[[T], str]
) -> T | None:
    item, fuzzy = index.find(name)
    if item is None:
        repairs.append(
            Repair(
                kind=RepairKind.unknown_name, where=where, message=f"'{name}' is not in the catalog"
            )
        )
    elif fuzzy:
        repairs.append(
            Repair(
                kind=RepairKind.fuzzy_match,
                where=where,
                message=f"read '{name}' as '{display(item)}'",
            )
        )
    return item


def dedupe(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """Items in order, without repeats by `key`."""
    seen: dict[str, T] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())
