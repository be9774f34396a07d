"""Parser for the Compendium of Physical Activities MET list shipped inside pyexphys.

The package does not import cleanly, so its module source is read as data with
`ast.literal_eval` of the one assignment that holds the list; no code from it is executed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

METS_VARIABLE = "mets_list"

_ESCAPED_CHAR = re.compile(r"\\u([0-9a-fA-F]{4})")


class Activity(BaseModel):
    """One Compendium activity: kcal burned ≈ MET × body mass (kg) × duration (h)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Compendium activity code, e.g. '12050' for running 6 mph")
    met: float = Field(gt=0)
    description: str


def _clean(text: str) -> str:
    # The source double-escapes a few characters ("\\u00a0"); decode them, then tidy spaces.
    decoded = _ESCAPED_CHAR.sub(lambda m: chr(int(m[1], 16)), text)
    return " ".join(decoded.split())


def parse_mets(path: Path) -> list[Activity]:
    """The unique Compendium activities in pyexphys' `mets/__init__.py`, in file order.

    Args:
        path: The module file `pyexphys/equations/mets/__init__.py`.

    Returns:
        One Activity per code; later duplicates of a code (identical in 2.1.2) are dropped.

    Raises:
        ValueError: The file has no `mets_list = [...]` assignment of literals.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == METS_VARIABLE for t in node.targets
        ):
            records = ast.literal_eval(node.value)
            break
    else:
        raise ValueError(f"{path} has no `{METS_VARIABLE} = [...]` assignment")
    activities: dict[str, Activity] = {}
    for record in records:
        activity = Activity(
            code=record["code"], met=record["met"], description=_clean(record["description"])
        )
        activities.setdefault(activity.code, activity)
    return list(activities.values())
