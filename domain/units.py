"""Metric/imperial conversions, so the API can accept imperial input while the domain stays metric.

Both factors are exact by definition (International Yard and Pound Agreement, 1959):
1 lb = 0.45359237 kg and 1 in = 2.54 cm.
"""

from __future__ import annotations

from typing import Final

KG_PER_POUND: Final = 0.45359237
CM_PER_INCH: Final = 2.54
INCHES_PER_FOOT: Final = 12

# cm -> inches divides by 2.54 and can land a hair below a whole inch (e.g. 71.99999999999999);
# rounding away the float noise keeps 182.88 cm at exactly 6 ft 0 in.
_INCH_DIGITS: Final = 9


def pounds_to_kg(pounds: float) -> float:
    """Convert a mass in pounds (avoirdupois) to kilograms.

    Args:
        pounds: Mass in pounds.

    Returns:
        Mass in kilograms.
    """
    return pounds * KG_PER_POUND


def kg_to_pounds(kg: float) -> float:
    """Convert a mass in kilograms to pounds (avoirdupois).

    Args:
        kg: Mass in kilograms.

    Returns:
        Mass in pounds.
    """
    return kg / KG_PER_POUND


def inches_to_cm(inches: float) -> float:
    """Convert a length in inches to centimetres.

    Args:
        inches: Length in inches.

    Returns:
        Length in centimetres.
    """
    return inches * CM_PER_INCH


def feet_inches_to_cm(feet: float, inches: float = 0.0) -> float:
    """Convert a height given as feet plus inches (e.g. 5 ft 11 in) to centimetres.

    Args:
        feet: Whole or fractional feet.
        inches: Additional inches; values of 12 or more are accepted and simply added.

    Returns:
        Length in centimetres.
    """
    return inches_to_cm(feet * INCHES_PER_FOOT + inches)


def cm_to_feet_inches(cm: float) -> tuple[int, float]:
    """Split a length in centimetres into whole feet and the remaining inches, for display.

    Args:
        cm: Length in centimetres; must not be negative.

    Returns:
        `(feet, inches)` with `0 <= inches < 12`.

    Raises:
        ValueError: If `cm` is negative or not a number (feet and inches of it mean nothing).
    """
    if not cm >= 0:
        raise ValueError(f"cm must be >= 0, got {cm}")
    total_inches = round(cm / CM_PER_INCH, _INCH_DIGITS)
    feet, inches = divmod(total_inches, INCHES_PER_FOOT)
    return int(feet), inches
