"""Score one generation the way serving would use it: parse, ground, repair, solve, check.

Serving knows only the form plus what the draft `reads` from the notes, so that is what the repair
path enforces; the served plan is then checked against the TRUE constraints. A constraint the
model failed to read therefore shows up as a hard violation after serving's checks, as it would
for a real user. Unparseable drafts and drafts the repair path cannot rescue are served by the
reference planner on the form alone, as serving does.
"""

from __future__ import annotations

from domain.catalog import Catalog
from domain.plan.checks import check_plan
from domain.plan.draft import PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import plan_from_draft
from domain.plan.grounding import Grounder
from domain.plan.planner import make_plan
from domain.plan.reads import reads_from_request
from domain.plan.schemas import Plan
from domain.plan.violations import Violation
from evaluation.examples import EvalExample
from evaluation.metrics import draft as draft_metrics
from evaluation.metrics import plan as plan_metrics
from evaluation.metrics.aggregate import ExampleResult
from evaluation.runtimes.base import Generation


def hard_violations(violations: list[Violation]) -> int:
    return sum(v.code in draft_metrics.HARD_CODES for v in violations)


class Scorer:
    """Scores generations against one catalog; builds the name index and reference plans once.

    Args:
        catalog: The catalog drafts are grounded in.
        seed: Planner seed for gap filling and the reference fallback.
    """

    def __init__(self, catalog: Catalog, *, seed: int) -> None:
        self.catalog = catalog
        self.seed = seed
        self.grounder = Grounder(catalog)
        self._fallback: dict[str, Plan] = {}

    def fallback_plan(self, example: EvalExample) -> Plan:
        """Serving's fallback: the exact planner on the form alone (cached per example)."""
        if example.id not in self._fallback:
            self._fallback[example.id] = make_plan(example.form, self.catalog, seed=self.seed)
        return self._fallback[example.id]

    def _serve(self, example: EvalExample, draft: PlanDraft | None) -> tuple[Plan, str]:
        """The served plan and where it came from: the model, the repair path or the fallback."""
        if draft is None:
            return self.fallback_plan(example), "reference"
        try:
            result = plan_from_draft(
                draft, example.form, self.catalog, seed=self.seed, grounder=self.grounder
            )
        except PlanInfeasible:
            return self.fallback_plan(example), "reference"
        return result.plan, "repaired" if result.repairs else "model"

    def score(self, example: EvalExample, generation: Generation, candidate: str) -> ExampleResult:
        """All per-example metrics of one candidate's output on one example."""
        request = example.request
        draft = draft_metrics.parse_draft(generation.text)
        grounded = draft_metrics.grounding(draft, self.catalog) if draft else None
        plan, served_from = self._serve(example, draft)
        liked = plan_metrics.liked_used(plan, request, self.catalog)
        foods, exercises = plan_metrics.variety(plan)
        sets = plan_metrics.sets_in_guideline(plan, request)
        after = check_plan(plan, request, self.catalog)
        return ExampleResult(
            example_id=example.id,
            candidate=candidate,
            output=generation.text,
            schema_valid=draft is not None,
            names_found=grounded.found if grounded else 0,
            names_total=grounded.total if grounded else 0,
            hard_violations_before=(
                draft_metrics.hard_violations(draft, request, self.catalog) if draft else 0
            ),
            hard_violations_after=hard_violations(after),
            days_match=draft is not None and draft_metrics.days_match(draft, request),
            constraints_read=(
                draft_metrics.constraints_read(draft.reads, reads_from_request(request))
                if draft
                else 0
            ),
            served_from=served_from,
            liked_hit=liked.hit,
            liked_total=liked.total,
            distinct_foods=foods,
            distinct_exercises=exercises,
            sets_in_range=sets.hit,
            sets_groups=sets.total,
            kcal_error=plan_metrics.kcal_error(plan),
            macro_error=plan_metrics.macro_error(plan),
            latency_s=generation.seconds,
            new_tokens=len(generation.token_ids),
        )
