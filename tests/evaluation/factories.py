"""Plans, drafts and examples for evaluation tests, built on the domain's test catalog."""

from __future__ import annotations

from typing import Any

from domain.catalog import Catalog
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.schemas import Plan
from evaluation.examples import EvalExample
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
