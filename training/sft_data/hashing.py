"""Content hashes of dataset rows: the identity that lineage and content-addressed storage use.

The hash depends only on the rows (split names, row order and values), never on file layout or
Arrow versions, so a dataset loaded back from disk hashes to the value recorded at build time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

Row = Mapping[str, Any]


def _canonical(value: object) -> list[Any]:
    """Sets have no order of their own (it changes with PYTHONHASHSEED): hash them sorted."""
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot hash a {type(value).__name__}")


def content_hash(splits: Mapping[str, Sequence[Row]]) -> str:
    """SHA-256 over canonical JSON lines of every row, split by split in name order.

    Args:
        splits: Rows per split name; values must be JSON-serialisable or sets of such values
            (e.g. `model_dump()` of our pydantic models).

    Returns:
        The hex digest.
    """
    digest = hashlib.sha256()
    for name in sorted(splits):
        digest.update(f"#{name}\n".encode())
        for row in splits[name]:
            line = json.dumps(
                row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_canonical
            )
            digest.update(line.encode())
            digest.update(b"\n")
    return digest.hexdigest()
