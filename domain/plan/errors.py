"""Why a plan cannot be made: machine-readable reasons plus a message a person can act on."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class ReasonCode(StrEnum):
    calories = "calories"
    protein = "protein"
    carbs = "carbs"
    fat = "fat"
    no_foods = "no_foods"
    no_exercises = "no_exercises"
    volume = "volume"


class InfeasibleReason(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: ReasonCode
    message: str


class PlanInfeasible(Exception):
    """Raised instead of returning a plan that breaks the user's constraints."""

    def __init__(self, reasons: list[InfeasibleReason]) -> None:
        self.reasons = reasons
        super().__init__("; ".join(reason.message for reason in reasons))

    @property
    def codes(self) -> list[ReasonCode]:
        return [reason.code for reason in self.reasons]
