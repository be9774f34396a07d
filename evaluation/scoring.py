"""Score one served plan the way a user meets it: against the TRUE constraints.

Serving knows only the form plus what the model read in the notes, so that is what drafting and
repair enforce; the served plan is then checked against the TRUE constraints. A constraint the
model failed to read therefore shows up as a hard violation after serving's checks, as it would
for a real user.
"""

from __future__ import annotations

import json

from domain.catalog import Catalog
from domain.plan import quality
from domain.plan.checks import check_plan
from domain.plan.reading import apply_reading
from domain.plan.soft_preferences import honoured, wishes_found, wishes_wire
from domain.plan.violations import Violation
from evaluation.examples import EvalExample
from evaluation.metrics import draft as draft_metrics
from evaluation.metrics import plan as plan_metrics
from evaluation.metrics.aggregate import ExampleResult
from serving.engine import EngineResult, parse_draft_or_none


def hard_violations(violations: list[Violation]) -> int:
    return sum(v.code in draft_metrics.HARD_CODES for v in violations)


class Scorer:
    """Scores engine results against one catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def score(self, example: EvalExample, result: EngineResult, candidate: str) -> ExampleResult:
        """All per-example metrics of one proposer's reading, draft and served plan."""
        truth = example.request
        enforced = apply_reading(example.form, result.reading)
        output = result.draft_generation.text if result.draft_generation else ""
        draft = parse_draft_or_none(output)
        grounded = draft_metrics.grounding(draft, self.catalog) if draft else None
        plan = result.served.plan
        liked = quality.liked_used(plan, truth, self.catalog)
        foods, exercises = quality.variety(plan)
        soft = honoured(plan, example.soft, self.catalog)
        wishes = wishes_found(result.wishes, example.soft)
        apart = quality.meals_apart(plan)
        sets = plan_metrics.sets_in_guideline(plan, truth)
        after = check_plan(plan, truth, self.catalog)
        reading = result.reading_generation
        return ExampleResult(
            example_id=example.id,
            candidate=candidate,
            reading_output=reading.text if reading else None,
            output=output,
            schema_valid=draft is not None,
            names_found=grounded.found if grounded else 0,
            names_total=grounded.total if grounded else 0,
            hard_violations_before=(
                draft_metrics.hard_violations(draft, truth, self.catalog) if draft else 0
            ),
            hard_violations_after=hard_violations(after),
            days_match=draft is not None and draft_metrics.days_match(draft, truth),
            constraints_read=draft_metrics.constraints_read(enforced, truth),
            served_from=str(result.source),
            liked_hit=liked.hit,
            liked_total=liked.total,
            distinct_foods=foods,
            distinct_exercises=exercises,
            soft_hit=soft.hit,
            soft_total=soft.total,
            wishes_read=wishes.hit,
            wishes_read_count=result.wishes.count,
            wishes_output=json.dumps(wishes_wire(result.wishes)) if result.wishes.count else "",
            meals_apart=apart.hit,
            plan_days=apart.total,
            sets_in_range=sets.hit,
            sets_groups=sets.total,
            kcal_error=plan_metrics.kcal_error(plan),
            macro_error=plan_metrics.macro_error(plan),
            latency_s=result.seconds,
            new_tokens=result.new_tokens,
        )
