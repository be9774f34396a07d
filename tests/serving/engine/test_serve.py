"""The serve step: drafts made valid, and the reference fallback chain."""

from __future__ import annotations

import pytest

from domain.plan.draft import PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.profile import Diet
from serving.engine import PlanBuilder, PlanSource
from tests.domain.plan.factories import make_request
from tests.evaluation.factories import CATALOG, NO_VEGAN_PROTEIN, reference_plan, reference_text


def test_the_reference_is_cached_per_request() -> None:
    builder = PlanBuilder(CATALOG, seed=0)
    form = make_request()
    first = builder.reference(form, form)
    assert (first.plan, first.source, first.request) == (
        reference_plan(),
        PlanSource.reference,
        form,
    )
    assert builder.reference(form, form).plan is first.plan


def test_a_valid_draft_is_served_as_the_model_wrote_it() -> None:
    form = make_request()
    served = PlanBuilder(CATALOG, seed=0).serve(
        PlanDraft.model_validate_json(reference_text()), form, form
    )
    assert (served.source, served.repairs) == (PlanSource.model, [])


def test_no_draft_falls_back_to_the_reference() -> None:
    form = make_request()
    assert PlanBuilder(CATALOG, seed=0).serve(None, form, form).source is PlanSource.reference


def test_an_infeasible_reading_falls_back_to_the_form() -> None:
    form = make_request(disliked_foods=NO_VEGAN_PROTEIN)
    read = make_request(diets=frozenset({Diet.vegan}), disliked_foods=NO_VEGAN_PROTEIN)
    served = PlanBuilder(CATALOG, seed=0).serve(None, read, form)
    assert (served.source, served.request) == (PlanSource.reference_form, form)


def test_an_infeasible_form_raises_with_its_reasons() -> None:
    form = make_request(diets=frozenset({Diet.vegan}), disliked_foods=NO_VEGAN_PROTEIN)
    with pytest.raises(PlanInfeasible, match="vegan"):
        PlanBuilder(CATALOG, seed=0).reference(form, form)
