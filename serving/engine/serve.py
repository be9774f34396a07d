"""The serve step: turn a draft (or none) into a valid plan, or fall back to the exact planner.

A draft is grounded, repaired and solved by `domain.plan.from_draft`; one that cannot be saved,
or a missing one, is replaced by the reference planner's plan for what serving enforces. A reading
can make that request infeasible (every protein ruled out, say): serving then plans for the form
alone and says so. Only a form that is itself infeasible raises.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Final

from domain.catalog import Catalog
from domain.plan.draft import PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import plan_from_draft
from domain.plan.grounding import Grounder, Repair
from domain.plan.planner import make_plan
from domain.plan.provenance import PlanSource
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan

REFERENCE_CACHE_SIZE: Final = 256
"""Reference plans kept per builder: evaluation asks for the same ones for every proposer, and a
user's renewals often repeat a request."""


@dataclass(frozen=True)
class Served:
    """A valid plan and how it was made.

    Attributes:
        plan: The plan; every number comes from the solver.
        source: Where it came from.
        request: The request the plan honours: what serving enforces, or the form alone when
            `source` is `reference_form`.
        repairs: What serving changed in the model's draft (none for the planner's plans).
    """

    plan: Plan
    source: PlanSource
    request: PlanRequest
    repairs: list[Repair] = field(default_factory=list)


class PlanBuilder:
    """Builds plans for one catalog; keeps the name index and recent reference plans.

    Args:
        catalog: The catalog drafts are grounded in and the planner plans with.
        seed: Planner seed for gap filling and the reference plans.
    """

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed
        self.grounder = Grounder(catalog)
        self._reference: OrderedDict[str, Plan] = OrderedDict()

    def reference(self, request: PlanRequest, form: PlanRequest) -> Served:
        """The exact planner on `request`, else on `form` when `request` is infeasible.

        Raises:
            PlanInfeasible: The form itself cannot be planned; its reasons name the constraint.
        """
        try:
            return Served(self._planned(request), PlanSource.reference, request)
        except PlanInfeasible:
            if form == request:
                raise
            return Served(self._planned(form), PlanSource.reference_form, form)

    def serve(self, draft: PlanDraft | None, request: PlanRequest, form: PlanRequest) -> Served:
        """The draft made valid for `request`, or the reference fallback when it cannot be.

        Raises:
            PlanInfeasible: Neither the draft, the request nor the form can be planned.
        """
        if draft is not None:
            try:
                result = plan_from_draft(
                    draft, request, self.catalog, seed=self.seed, grounder=self.grounder
                )
            except PlanInfeasible:
                pass
            else:
                source = PlanSource.repaired if result.repairs else PlanSource.model
                return Served(result.plan, source, request, result.repairs)
        return self.reference(request, form)

    def _planned(self, request: PlanRequest) -> Plan:
        key = request.model_dump_json()
        plan = self._reference.get(key)
        if plan is None:
            plan = make_plan(request, self.catalog, seed=self.seed)
            self._reference[key] = plan
            if len(self._reference) > REFERENCE_CACHE_SIZE:
                self._reference.popitem(last=False)
        else:
            self._reference.move_to_end(key)
        return plan
