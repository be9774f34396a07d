"""Plans, drafts and examples for evaluation tests, built on the domain's test catalog."""

from __future__ import annotations

from typing import Any

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.schemas import Plan
from evaluation.examples import EvalExample
from evaluation.metrics.aggregate import ExampleResult
from tests.domain.plan.factories import make_catalog, make_request

CATALOG: Catalog = make_catalog()
NO_VEGAN_PROTEIN = ("Tofu", "Tempeh", "Lentils", "Soy yogurt")
"""Disliked, these leave the test catalog's vegan diet no protein: an infeasible vegan request."""


def reference_plan(**request: Any) -> Plan:
    return make_plan(make_request(**request), CATALOG, seed=0)


def reference_text(**request: Any) -> str:
    """The exact planner's draft as JSON: what a perfect fine-tune would write."""
    return draft_from_plan(reference_plan(**request)).model_dump_json()


def example(
    example_id: str = "p1",
    *,
    notes: str = "",
    form: dict[str, Any] | None = None,
    **request: Any,
) -> EvalExample:
    """An example whose true request is `request`; the form states `form` (default: the same)."""
    return EvalExample(
        id=example_id,
        notes=notes or f"user {example_id}",
        form=make_request(**(request if form is None else form)),
        request=make_request(**request),
    )


def example_result(**overrides: Any) -> ExampleResult:
    """One scored example with plausible values; `overrides` replace any field."""
    fields: dict[str, Any] = {
        "example_id": "x",
        "candidate": "c",
        "reading_output": None,
        "output": "{}",
        "schema_valid": True,
        "names_found": 10,
        "names_total": 10,
        "hard_violations_before": 0,
        "hard_violations_after": 0,
        "days_match": True,
        "constraints_read": 4,
        "served_from": "model",
        "liked_hit": 1,
        "liked_total": 2,
        "distinct_foods": 12,
        "distinct_exercises": 8,
        "sets_in_range": 8,
        "sets_groups": 8,
        "kcal_error": 0.01,
        "macro_error": 0.02,
        "latency_s": 1.0,
        "new_tokens": 100,
    }
    fields.update(overrides)
    return ExampleResult(**fields)
