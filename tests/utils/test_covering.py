from __future__ import annotations

from itertools import combinations, product

import pytest

from tests.utils.covering import pairwise


@pytest.mark.parametrize("levels", [(2, 2, 2), (3, 4, 2, 5), (7, 15, 12, 2, 3, 5, 3, 7)])
def test_every_pair_of_levels_appears(levels: tuple[int, ...]) -> None:
    rows = pairwise(levels, seed=1)
    for i, j in combinations(range(len(levels)), 2):
        seen = {(row[i], row[j]) for row in rows}
        assert seen == set(product(range(levels[i]), range(levels[j])))
    assert all(0 <= row[f] < levels[f] for row in rows for f in range(len(levels)))


def test_far_fewer_rows_than_the_full_grid() -> None:
    levels = (7, 15, 12, 2, 3, 5, 3, 7)
    rows = pairwise(levels, seed=1)
    # A pairwise array needs at least 15 * 12 = 180 rows; the full grid has 1.3 million.
    assert 180 <= len(rows) <= 1.3 * 180


def test_same_seed_same_rows() -> None:
    assert pairwise((3, 4, 5), seed=7) == pairwise((3, 4, 5), seed=7)
    assert pairwise((3, 4, 5), seed=7) != pairwise((3, 4, 5), seed=8)
