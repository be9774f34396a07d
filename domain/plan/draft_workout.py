"""The workout half of turning a draft into a plan: schedule, grounding, hard constraints, sets."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from domain.catalog import Catalog, Exercise
from domain.injuries import excluded_patterns
from domain.plan.draft import DraftDay, PlanDraft
from domain.plan.exercises import exercise_violations
from domain.plan.grounding import Grounder, Repair, RepairKind, dedupe
from domain.plan.request import PlanRequest
from domain.plan.schemas import Focus
from domain.plan.workout import WorkoutWeek, default_schedule, plan_workout


def workout_from_draft(
    draft: PlanDraft,
    request: PlanRequest,
    catalog: Catalog,
    grounder: Grounder,
    rng: np.random.Generator,
    repairs: list[Repair],
) -> WorkoutWeek:
    """The draft's week made valid: its exercises where allowed, gaps filled by the planner.

    The schedule is always the planner's for the request; a draft without days (meals-only
    renewals) takes the planner's week as it is, with nothing to repair.
    """
    schedule = default_schedule(request)
    if not draft.days:
        return plan_workout(request, catalog.exercises, rng, schedule=schedule)
    draft_days = _match_schedule(draft.days, schedule[1], repairs)
    excluded = excluded_patterns(request.injuries)
    preferred: dict[int, list[Exercise]] = {}
    for weekday, source in zip(schedule[1], draft_days, strict=True):
        picked = []
        for name in source.ex if source else ():
            where = f"day {weekday}"
            exercise = grounder.exercise(name, where, repairs)
            if exercise is None:
                continue
            problems = exercise_violations(exercise, request, excluded)
            for code, why in problems:
                repairs.append(
                    Repair(
                        kind=RepairKind.dropped,
                        where=where,
                        message=f"{exercise.name} {why}",
                        code=code,
                    )
                )
            if not problems:
                picked.append(exercise)
        preferred[weekday] = dedupe(picked, lambda ex: ex.id)
    week = plan_workout(request, catalog.exercises, rng, schedule=schedule, preferred=preferred)
    for weekday, wanted in preferred.items():
        chosen = {item.exercise_id for item in week.days[weekday]}
        repairs.extend(
            Repair(
                kind=RepairKind.dropped,
                where=f"day {weekday}",
                message=f"{ex.name} left out to keep weekly sets in range",
            )
            for ex in wanted
            if ex.id not in chosen
        )
        proposed = {ex.id for ex in wanted}
        repairs.extend(
            Repair(kind=RepairKind.added, where=f"day {weekday}", message=f"added {item.name}")
            for item in week.days[weekday]
            if item.exercise_id not in proposed
        )
    return week


def _match_schedule(
    days: Sequence[DraftDay], foci: dict[int, Focus], repairs: list[Repair]
) -> list[DraftDay | None]:
    """The draft day for each scheduled weekday: in order when the foci agree, else by focus."""
    wanted = list(foci.values())
    if [day.focus for day in days] == wanted:
        return list(days)
    repairs.append(
        Repair(
            kind=RepairKind.schedule,
            where="week",
            message=f"training days {[str(d.focus) for d in days]} mapped by focus onto the "
            f"schedule {[str(f) for f in wanted]}",
        )
    )
    by_focus: dict[Focus, list[DraftDay]] = {}
    for day in days:
        by_focus.setdefault(day.focus, []).append(day)
    return [by_focus[focus].pop(0) if by_focus.get(focus) else None for focus in wanted]
