"""Score one proposal the way serving would use it: read, parse, ground, repair, solve, check.

Serving knows only the form plus what the model read in the notes, so that is what drafting and
repair enforce; the served plan is then checked against the TRUE constraints. A constraint the
model failed to read therefore shows up as a hard violation after serving's checks, as it would
for a real user. Unparseable drafts and drafts the repair path cannot rescue are served by the
reference planner on what serving knows, as serving does.
"""

from __future__ import annotations

from domain.catalog import Catalog
from domain.plan.checks import check_plan
from domain.plan.draft import PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import plan_from_draft
from domain.plan.grounding import Grounder
from domain.plan.planner import make_plan
from domain.plan.reading import apply_reading
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.violations import Violation
from evaluation.examples import EvalExample
from evaluation.metrics import draft as draft_metrics
from evaluation.metrics import plan as plan_metrics
from evaluation.metrics.aggregate import ExampleResult
from evaluation.proposers import Proposal


def hard_violations(violations: list[Violation]) -> int:
    return sum(v.code in draft_metrics.HARD_CODES for v in violations)


class Scorer:
    """Scores proposals against one catalog; builds the name index and fallback plans once.

    Args:
        catalog: The catalog drafts are grounded in.
        seed: Planner seed for gap filling and the reference fallback.
    """

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed
        self.grounder = Grounder(catalog)
        self._fallback: dict[str, Plan] = {}

    def fallback_plan(self, request: PlanRequest, form: PlanRequest) -> tuple[Plan, str]:
        """Serving's fallback: the exact planner on what it enforces, else on the form alone.

        A reading can make the request infeasible (every protein ruled out, say); serving then
        plans for the form and says so, which the `served_from` label records. The form itself
        is always feasible here: the dataset keeps only users whose true request is.
        """
        try:
            return self._planned(request), "reference"
        except PlanInfeasible:
            return self._planned(form), "reference-form"

    def _planned(self, request: PlanRequest) -> Plan:
        """The exact planner's plan, cached per request (the baselines ask for the same ones)."""
        key = request.model_dump_json()
        if key not in self._fallback:
            self._fallback[key] = make_plan(request, self.catalog, seed=self.seed)
        return self._fallback[key]

    def _serve(
        self, example: EvalExample, request: PlanRequest, draft: PlanDraft | None
    ) -> tuple[Plan, str]:
        """The served plan and where it came from: the model, the repair path or the fallback."""
        if draft is not None:
            try:
                result = plan_from_draft(
                    draft, request, self.catalog, seed=self.seed, grounder=self.grounder
                )
            except PlanInfeasible:
                pass
            else:
                return result.plan, "repaired" if result.repairs else "model"
        return self.fallback_plan(request, example.form)

    def score(self, example: EvalExample, proposal: Proposal, candidate: str) -> ExampleResult:
        """All per-example metrics of one proposer's reading and draft on one example."""
        truth = example.request
        enforced = apply_reading(example.form, proposal.reading)
        draft = draft_metrics.parse_draft(proposal.draft.text)
        grounded = draft_metrics.grounding(draft, self.catalog) if draft else None
        plan, served_from = self._serve(example, enforced, draft)
        liked = plan_metrics.liked_used(plan, truth, self.catalog)
        foods, exercises = plan_metrics.variety(plan)
        sets = plan_metrics.sets_in_guideline(plan, truth)
        after = check_plan(plan, truth, self.catalog)
        reading = proposal.reading_generation
        return ExampleResult(
            example_id=example.id,
            candidate=candidate,
            reading_output=reading.text if reading else None,
            output=proposal.draft.text,
            schema_valid=draft is not None,
            names_found=grounded.found if grounded else 0,
            names_total=grounded.total if grounded else 0,
            hard_violations_before=(
                draft_metrics.hard_violations(draft, truth, self.catalog) if draft else 0
            ),
            hard_violations_after=hard_violations(after),
            days_match=draft is not None and draft_metrics.days_match(draft, truth),
            constraints_read=draft_metrics.constraints_read(enforced, truth),
            served_from=served_from,
            liked_hit=liked.hit,
            liked_total=liked.total,
            distinct_foods=foods,
            distinct_exercises=exercises,
            sets_in_range=sets.hit,
            sets_groups=sets.total,
            kcal_error=plan_metrics.kcal_error(plan),
            macro_error=plan_metrics.macro_error(plan),
            latency_s=proposal.seconds,
            new_tokens=proposal.new_tokens,
        )
