"""Where a served plan came from: what the response tells the user and the A/B report counts."""

from __future__ import annotations

from enum import StrEnum


class PlanSource(StrEnum):
    """How the plan was made, from most to least model-driven."""

    model = "model"
    """The model's draft as written; only portions were solved."""
    repaired = "repaired"
    """The model's draft with repairs (names dropped or added; the repairs are listed)."""
    reference = "reference"
    """The exact planner on what serving enforces (no model, or its draft could not be saved)."""
    reference_form = "reference_form"
    """The exact planner on the form alone: what was read from the notes left no feasible plan."""
