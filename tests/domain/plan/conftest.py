from __future__ import annotations

import pytest

from domain.catalog import Catalog
from tests.domain.plan.factories import make_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return make_catalog()
