"""SFT examples: what the user typed in, and the draft the exact planner made from the truth.

The prompt shows the structured form with the notes-only constraints left out, plus the notes;
the target is the reference planner's draft for the TRUE constraints, opening with those
constraints in `reads`. The model therefore learns to recover constraints from words. Rows use
trl's conversational prompt/completion format and carry the form's and the true request and the
notes, which evaluation needs to score constraint adherence as serving would meet it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from domain.catalog import Catalog
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.request import PlanRequest, request_from_profile
from domain.prompt import completion_messages, prompt_messages
from training.sft_data.notes import PhrasingPool, split_phrasings, write_notes
from training.sft_data.profiles import NoteTopic, SyntheticProfile, generate_profiles

Row = dict[str, Any]


@dataclass(frozen=True)
class DatasetSpec:
    """How many profiles, which seed and how they are split."""

    profiles: int
    """Profiles generated; infeasible ones are dropped, so rows can be fewer."""
    seed: int
    """Seed of profiles, notes, phrasing pools and split assignment."""
    validation_fraction: float = 0.1
    """Share of profiles in `validation` (train phrasings: in-distribution loss)."""
    test_fraction: float = 0.1
    """Share of profiles in `test` (held-out phrasings: generalisation)."""
    phrasing_test_fraction: float = 0.3
    """Share of each constraint's phrasings held out for `test` notes."""

    def __post_init__(self) -> None:
        if self.profiles < 3:
            raise ValueError(f"`profiles` must be >= 3 (one per split), got {self.profiles}")
        held_out = self.validation_fraction + self.test_fraction
        if not (0 < self.validation_fraction and 0 < self.test_fraction and held_out < 1):
            raise ValueError(
                "`validation_fraction` and `test_fraction` must be > 0 with a sum < 1, "
                f"got {self.validation_fraction} and {self.test_fraction}"
            )


@dataclass
class BuiltSplits:
    """Rows per split, plus how many profiles the planner found infeasible."""

    rows: dict[str, list[Row]] = field(
        default_factory=lambda: {"train": [], "validation": [], "test": []}
    )
    infeasible: int = 0


def true_request(profile: SyntheticProfile) -> PlanRequest:
    """The planner's request for everything the profile really needs."""
    return request_from_profile(
        sex=profile.sex,
        age=profile.age,
        height_cm=profile.height_cm,
        weight_kg=profile.weight_kg,
        goal=profile.goal,
        activity_level=profile.activity,
        experience=profile.experience,
        days_per_week=profile.days_per_week,
        session_minutes=profile.session_minutes,
        equipment=profile.equipment,
        injuries=profile.injuries,
        liked_exercises=profile.liked_exercises,
        liked_foods=profile.liked_foods,
        disliked_foods=profile.disliked_foods,
        allergies=profile.allergies,
        diet=profile.diet,
        meals_per_day=profile.meals_per_day,
    )


_BLANK_FIELDS: dict[NoteTopic, tuple[str, Any]] = {
    NoteTopic.injuries: ("injuries", frozenset()),
    NoteTopic.allergies: ("allergies", frozenset()),
    NoteTopic.diet: ("diet", None),
    NoteTopic.equipment: ("equipment", frozenset()),
}


def form_request(profile: SyntheticProfile, truth: PlanRequest) -> PlanRequest:
    """What the user filled into the form: the truth minus the constraints left to the notes."""
    return truth.model_copy(update=dict(_BLANK_FIELDS[topic] for topic in profile.notes_only))


def assign_splits(count: int, spec: DatasetSpec) -> list[str]:
    """Split name per profile index: a seeded shuffle, then test, validation, train by rank."""
    order = list(range(count))
    random.Random(spec.seed).shuffle(order)
    n_test = max(1, round(count * spec.test_fraction))
    n_validation = max(1, round(count * spec.validation_fraction))
    splits = ["train"] * count
    for rank, index in enumerate(order[: n_test + n_validation]):
        splits[index] = "test" if rank < n_test else "validation"
    return splits


def build_row(profile: SyntheticProfile, catalog: Catalog, notes: str, *, seed: int) -> Row | None:
    """One example, or None when the planner finds the true constraints infeasible.

    Args:
        profile: The synthetic user.
        catalog: Foods and exercises the planner draws from.
        notes: The user's free text for this profile.
        seed: Planner seed.

    Returns:
        `{"id", "prompt", "completion", "notes", "form_request", "request"}`: the form's and the
        true `PlanRequest` as JSON.
    """
    truth = true_request(profile)
    form = form_request(profile, truth)
    try:
        plan = make_plan(truth, catalog, seed=seed)
    except PlanInfeasible:
        return None
    return {
        "id": profile.id,
        "prompt": prompt_messages(form, notes),
        "completion": completion_messages(draft_from_plan(plan, truth)),
        "notes": notes,
        "form_request": form.model_dump_json(),
        "request": truth.model_dump_json(),
    }


def build_splits(catalog: Catalog, spec: DatasetSpec) -> BuiltSplits:
    """Generate profiles, write their notes and plan them into train/validation/test rows.

    Args:
        catalog: Foods and exercises for profiles and the planner.
        spec: Sizes, seed and split fractions.

    Returns:
        Rows per split in profile order; the same spec and catalog give the same rows.
    """
    profiles = generate_profiles(catalog, count=spec.profiles, seed=spec.seed)
    phrasings = split_phrasings(seed=spec.seed, test_fraction=spec.phrasing_test_fraction)
    built = BuiltSplits()
    for profile, split in zip(profiles, assign_splits(len(profiles), spec), strict=True):
        pool = PhrasingPool.test if split == "test" else PhrasingPool.train
        rng = random.Random(f"{spec.seed}/notes/{profile.id}")
        notes = write_notes(profile, phrasings.pool(pool), rng)
        row = build_row(profile, catalog, notes, seed=spec.seed)
        if row is None:
            built.infeasible += 1
        else:
            built.rows[split].append(row)
    return built
