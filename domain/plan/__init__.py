"""Plan schemas, the exact reference planner, the constraint checker and the draft <-> plan path."""

from domain.plan.checks import check_plan
from domain.plan.draft import DraftDay, DraftMenu, PlanDraft
from domain.plan.errors import InfeasibleReason, PlanInfeasible, ReasonCode
from domain.plan.from_draft import DraftResult, draft_from_plan, plan_from_draft
from domain.plan.grounding import Grounder, Repair, RepairKind
from domain.plan.planner import make_plan
from domain.plan.request import PlanRequest, request_from_profile
from domain.plan.schemas import (
    DayKind,
    Focus,
    FoodPortion,
    Macros,
    Meal,
    Plan,
    PlanDay,
    PlannedExercise,
    Split,
)
from domain.plan.violations import Violation, ViolationCode

__all__ = [
    "DayKind",
    "DraftDay",
    "DraftMenu",
    "DraftResult",
    "Focus",
    "FoodPortion",
    "Grounder",
    "InfeasibleReason",
    "Macros",
    "Meal",
    "Plan",
    "PlanDay",
    "PlanDraft",
    "PlanInfeasible",
    "PlanRequest",
    "PlannedExercise",
    "ReasonCode",
    "Repair",
    "RepairKind",
    "Split",
    "Violation",
    "ViolationCode",
    "check_plan",
    "draft_from_plan",
    "make_plan",
    "plan_from_draft",
    "request_from_profile",
]
