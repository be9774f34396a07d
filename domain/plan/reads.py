"""What a draft says it read from the notes, and the request serving enforces because of it.

The form leaves out what users only write in words, so serving cannot enforce those constraints
unless the model reads them. A draft states its reading in `reads`; `apply_reads` adds it to the
form's constraints. Reading only ever tightens: allergies and injuries are unions, a diet the form
already names wins, and equipment comes from the notes only when the form names none.
"""

from __future__ import annotations

from domain.plan.draft import DraftReads
from domain.plan.request import PlanRequest, low_carb_targets
from domain.profile import Diet


def reads_from_request(request: PlanRequest) -> DraftReads:
    """The reading a perfect model would write for this (true) request: every set sorted."""
    return DraftReads(
        equipment=sorted(request.equipment),
        injuries=sorted(request.injuries),
        allergies=sorted(request.allergies),
        diet=request.diet,
    )


def apply_reads(form: PlanRequest, reads: DraftReads) -> PlanRequest:
    """The request serving enforces: the form's constraints plus what the model read.

    Args:
        form: What the user entered in the structured form.
        reads: The draft's reading of the form and the notes.

    Returns:
        The form tightened by `reads`; targets are recomputed for a newly read low-carb diet.
    """
    diet = form.diet if form.diet is not None else reads.diet
    targets = form.targets
    if diet is Diet.low_carb and form.diet is not Diet.low_carb:
        targets = low_carb_targets(targets)
    return form.model_copy(
        update={
            "allergies": form.allergies | frozenset(reads.allergies),
            "injuries": form.injuries | frozenset(reads.injuries),
            "equipment": form.equipment or frozenset(reads.equipment),
            "diet": diet,
            "targets": targets,
        }
    )
