"""A hit rate over a count of items, for plan measures that may have nothing to count."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Count:
    """`hit` of `total` items; `rate` is None when there was nothing to count."""

    hit: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None
