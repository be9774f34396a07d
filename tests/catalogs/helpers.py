"""Where tests find the fetched data: `$NEXFITRA_DATA_DIR`, else `<repo>/data` (`make data`).

A plain module, not a conftest, so test packages outside tests/catalogs can import it too.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def catalog_data_dir() -> Path:
    """The data folder the catalog tests read (fetched by `python -m catalogs.fetch`)."""
    return Path(os.environ.get("NEXFITRA_DATA_DIR", REPO_ROOT / "data"))
