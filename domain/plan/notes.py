"""Rule-based coaching notes for the reference planner (the fine-tuned model writes its own)."""

from __future__ import annotations

from typing import Final

from domain.plan.request import PlanRequest
from domain.profile import Goal

_GOAL_NOTES: Final = {
    Goal.lose_fat: "Keep protein high and lift heavy to hold on to muscle while you lose fat.",
    Goal.maintain: "Keep your lifts steady and your weight within a kilo of where it is.",
    Goal.gain_muscle: "Add a rep or a little weight each week while staying in the rep range.",
}


def coaching_notes(request: PlanRequest, training_days: int) -> list[str]:
    """Two to four short notes explaining the plan's main choices."""
    notes = [_GOAL_NOTES[request.goal]]
    if 0 < training_days < 7:
        notes.append("Training days carry more carbs and rest days fewer; protein stays the same.")
    if request.injuries:
        areas = ", ".join(sorted(area.replace("_", " ") for area in request.injuries))
        notes.append(f"Moves that load your {areas} are left out; stop any set that hurts.")
    if request.diets or request.allergies:
        notes.append("Every food fits your diet and allergies; check labels of packaged foods.")
    return notes
