"""Shared schema pieces: strict input models and validators reused across resources."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

EARLIEST_DAY = date(1900, 1, 1)
MAX_NOTES_CHARS = 2000
# PostgreSQL text columns refuse NUL characters: reject them here as a 422 (the pattern also
# documents it in the OpenAPI schema) instead of letting the insert fail with a 500.
NO_NUL = r"^[^\x00]*$"
Label = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=NO_NUL)
]


class StrictInput(BaseModel):
    """Request bodies reject unknown fields, so a typo is a 422 instead of a silent no-op.

    Strings are not stripped model-wide: a password's spaces are part of the password.
    """

    model_config = ConfigDict(extra="forbid")


def check_range(value: float | None, bounds: tuple[float, float], unit: str) -> float | None:
    """Validate a measured value against an inclusive physiological range."""
    low, high = bounds
    if value is not None and not low <= value <= high:
        raise ValueError(f"must be between {low:g} and {high:g} {unit}, got {value:g}")
    return value


def check_day(value: date | None) -> date | None:
    """Log dates may be a day ahead (time zones) but not in the future or before 1900."""
    if value is not None and not EARLIEST_DAY <= value <= date.today() + timedelta(days=1):
        raise ValueError(f"must be between {EARLIEST_DAY} and tomorrow, got {value}")
    return value
