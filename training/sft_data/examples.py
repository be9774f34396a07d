"""SFT examples of the two tasks serving runs in turn: read the notes, then draft the plan.

A `read` row shows one sentence of a note; its target is the constraints it states
(`NotesReading`), so the model learns to recover constraints from words (serving reads notes a
sentence at a time, `domain.plan.reading`). Reading rows need no planner, so they are cheap and
plentiful: most rare constraints appear in only a handful of plan rows. A `plan` row shows the
form tightened by a perfect reading plus the notes, as serving prompts after reading; its target
is the best of several reference-planner drafts for the TRUE constraints and the wishes the notes
state (`domain.plan.quality.ranked_plans`), and `rejected_completion` holds the worst of them,
the other side of a preference pair for DPO.

Rows use trl's conversational prompt/completion format, with a `task` column, and carry the
form's and the true request, the notes and their soft preferences, which evaluation needs to
score constraint adherence and wishes as serving would meet them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tqdm import tqdm  # type: ignore[import-untyped]

from domain.catalog import Catalog
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import draft_from_plan
from domain.plan.planner import make_plan
from domain.plan.quality import ranked_plans
from domain.plan.reading import apply_reading, reading_of
from domain.plan.request import PlanRequest, request_from_profile
from domain.plan.schemas import Plan
from domain.plan.soft_preferences import SoftPreferences
from domain.prompt import (
    completion_messages,
    prompt_messages,
    reading_completion_messages,
    reading_messages,
)
from training.sft_data.notes import (
    PhrasingPool,
    PhrasingSplit,
    Statement,
    as_read,
    note_text,
    split_phrasings,
    write_statements,
)
from training.sft_data.profiles import NoteTopic, SyntheticProfile, generate_profiles
from training.sft_data.soft import draw_soft_preferences

Row = dict[str, Any]


class Task(StrEnum):
    """What a row teaches; serving runs `read` first, then `plan`."""

    read = "read"
    plan = "plan"


@dataclass(frozen=True)
class DatasetSpec:
    """How many profiles, which seed and how they are split."""

    profiles: int
    """Profiles planned into `plan` rows; infeasible ones are dropped, so rows can be fewer."""
    seed: int
    """Seed of profiles, notes, phrasing pools and split assignment."""
    validation_fraction: float = 0.1
    """Share of profiles in `validation` (train phrasings: in-distribution loss)."""
    test_fraction: float = 0.1
    """Share of profiles in `test` (held-out phrasings: generalisation)."""
    phrasing_test_fraction: float = 0.3
    """Share of each constraint's phrasings held out for `test` notes."""
    reading_profiles: int = 0
    """Further profiles whose notes become `read` rows, one per sentence (no planning)."""
    target_candidates: int = 4
    """Planner solutions (seeds) per plan row; the target is the best by quality."""
    test_profiles: int = 0
    """Further profiles planned into `test` rows only: evaluation gets more held-out forms (16
    left intervals on a mean as wide as the difference sought) and training the same rows."""

    def __post_init__(self) -> None:
        if self.profiles < 3:
            raise ValueError(f"`profiles` must be >= 3 (one per split), got {self.profiles}")
        if self.target_candidates < 1:
            raise ValueError(f"`target_candidates` must be >= 1, got {self.target_candidates}")
        if self.reading_profiles < 0:
            raise ValueError(f"`reading_profiles` must be >= 0, got {self.reading_profiles}")
        if self.test_profiles < 0:
            raise ValueError(f"`test_profiles` must be >= 0, got {self.test_profiles}")
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


_BLANK_FIELDS: dict[NoteTopic, tuple[str, Any]] = {
    NoteTopic.injuries: ("injuries", frozenset()),
    NoteTopic.allergies: ("allergies", frozenset()),
    NoteTopic.diet: ("diets", frozenset()),
    NoteTopic.equipment: ("equipment", frozenset()),
}


def _request(profile: SyntheticProfile, blank: frozenset[NoteTopic]) -> PlanRequest:
    fields: dict[str, Any] = {
        "sex": profile.sex,
        "age": profile.age,
        "height_cm": profile.height_cm,
        "weight_kg": profile.weight_kg,
        "goal": profile.goal,
        "activity_level": profile.activity,
        "experience": profile.experience,
        "days_per_week": profile.days_per_week,
        "session_minutes": profile.session_minutes,
        "equipment": profile.equipment,
        "injuries": profile.injuries,
        "liked_exercises": profile.liked_exercises,
        "liked_foods": profile.liked_foods,
        "disliked_foods": profile.disliked_foods,
        "allergies": profile.allergies,
        "diets": profile.diets,
        "meals_per_day": profile.meals_per_day,
    }
    fields.update(_BLANK_FIELDS[topic] for topic in blank)
    return request_from_profile(**fields)


def true_request(profile: SyntheticProfile) -> PlanRequest:
    """The planner's request for everything the profile really needs."""
    return _request(profile, frozenset())


def form_request(profile: SyntheticProfile) -> PlanRequest:
    """What the user filled into the form: the truth minus the constraints left to the notes.

    Targets are computed from the form, as the app does: a low-carb diet stated only in the notes
    changes them only once it is read.
    """
    return _request(profile, profile.notes_only)


def _context(
    row_id: str, profile: SyntheticProfile, notes: str, truth: PlanRequest, soft: SoftPreferences
) -> Row:
    """The columns every row carries for evaluation; `profile` groups a note's sentences.

    `rejected_completion` is empty here; plan rows with a worse planner draft fill it.
    """
    return {
        "id": row_id,
        "profile": profile.id,
        "notes": notes,
        "form_request": form_request(profile).model_dump_json(),
        "request": truth.model_dump_json(),
        "soft_preferences": soft.model_dump_json(),
        "rejected_completion": [],
    }


def build_reading_rows(
    profile: SyntheticProfile, statements: list[Statement], soft: SoftPreferences
) -> list[Row]:
    """One `read` example per sentence of the profile's notes as serving splits them (`as_read`;
    none for blank notes).

    Args:
        profile: The synthetic user.
        statements: The statements of their notes, with what each states.
        soft: The wishes the notes state; each wish sentence's completion carries its own.

    Returns:
        Rows `{"task", "prompt", "completion", "id", "profile", "notes", "form_request",
        "request", "soft_preferences", "rejected_completion"}`; `notes` is the sentence and `id`
        is `<profile id>-s<index>`.
    """
    truth = true_request(profile)
    return [
        {
            "task": str(Task.read),
            "prompt": reading_messages(statement.sentence),
            "completion": reading_completion_messages(statement.reading, statement.wishes),
            **_context(f"{profile.id}-s{index}", profile, statement.sentence, truth, soft),
        }
        for index, statement in enumerate(as_read(statements))
    ]


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


def target_seeds(spec: DatasetSpec) -> range:
    """The planner seeds each plan row's target is chosen among."""
    return range(spec.seed, spec.seed + spec.target_candidates)


def build_plan_row(
    profile: SyntheticProfile,
    catalog: Catalog,
    notes: str,
    soft: SoftPreferences,
    *,
    seeds: Iterable[int],
) -> Row | None:
    """One `plan` example, or None when the planner finds the true constraints infeasible.

    Args:
        profile: The synthetic user.
        catalog: Foods and exercises the planner draws from.
        notes: The user's free text for this profile.
        soft: The wishes `notes` state; the target honours them where the planner can.
        seeds: Planner seeds; the target is the best solution by `domain.plan.quality`.

    Returns:
        `{"task", "prompt", "completion", "rejected_completion", "id", "notes", "form_request",
        "request", "soft_preferences"}`: the requests as JSON; `rejected_completion` is the worst
        solution's draft when it scored below the best, else empty.
    """
    truth = true_request(profile)
    form = form_request(profile)
    ranked = ranked_plans(truth, soft, catalog, seeds=seeds)
    if not ranked:
        return None
    best, worst = ranked[0], ranked[-1]
    return {
        "task": str(Task.plan),
        "prompt": prompt_messages(apply_reading(form, reading_of(truth, form)), notes),
        "completion": completion_messages(draft_from_plan(best.plan)),
        **_context(profile.id, profile, notes, truth, soft),
        "rejected_completion": (
            completion_messages(draft_from_plan(worst.plan)) if worst.score < best.score else []
        ),
    }


def _statements(
    profile: SyntheticProfile,
    split: str,
    phrasings: PhrasingSplit,
    seed: int,
    soft: SoftPreferences,
) -> list[Statement]:
    pool = PhrasingPool.test if split == "test" else PhrasingPool.train
    rng = random.Random(f"{seed}/notes/{profile.id}")
    return write_statements(profile, phrasings.pool(pool), rng, soft)


def _soft(
    profile: SyntheticProfile, catalog: Catalog, seed: int, served: Plan | None = None
) -> SoftPreferences:
    rng = random.Random(f"{seed}/soft/{profile.id}")
    return draw_soft_preferences(true_request(profile), catalog, rng, served)


def build_reading_splits(catalog: Catalog, spec: DatasetSpec) -> dict[str, list[Row]]:
    """The `read` rows of `build_splits` alone, without planning a single profile.

    They depend only on the seed, `reading_profiles` and the fractions, so a reader trained
    outside the LLM's pipeline (`training.reader_head`) sees exactly the LLM's reading rows.

    Args:
        catalog: Foods and exercises for profiles.
        spec: Sizes, seed and split fractions (`profiles` is not used).

    Returns:
        `read` rows per split (train, validation, test), in profile order, not shuffled.
    """
    phrasings = split_phrasings(seed=spec.seed, test_fraction=spec.phrasing_test_fraction)
    rows: dict[str, list[Row]] = {"train": [], "validation": [], "test": []}
    readers = generate_profiles(
        catalog, count=spec.reading_profiles, seed=f"{spec.seed}/reading", id_prefix="r"
    )
    for profile, split in zip(readers, assign_splits(len(readers), spec), strict=True):
        soft = _soft(profile, catalog, spec.seed)
        statements = _statements(profile, split, phrasings, spec.seed, soft)
        rows[split].extend(build_reading_rows(profile, statements, soft))
    return rows


def build_splits(catalog: Catalog, spec: DatasetSpec) -> BuiltSplits:
    """Generate profiles, write their notes, and turn them into train/validation/test rows.

    `plan` rows come from `spec.profiles` planned profiles (and `spec.test_profiles` further test
    ones), `read` rows from `spec.reading_profiles` further ones; test notes use the held-out
    phrasings either way. Train and validation rows of both tasks are shuffled together, so any
    prefix holds both.

    Args:
        catalog: Foods and exercises for profiles and the planner.
        spec: Sizes, seed and split fractions.

    Returns:
        Rows per split; the same spec and catalog give the same rows.
    """
    phrasings = split_phrasings(seed=spec.seed, test_fraction=spec.phrasing_test_fraction)
    built = BuiltSplits()
    profiles = generate_profiles(catalog, count=spec.profiles, seed=spec.seed)
    testers = generate_profiles(
        catalog, count=spec.test_profiles, seed=f"{spec.seed}/test", id_prefix="t"
    )
    splits = [*assign_splits(len(profiles), spec), *["test"] * len(testers)]
    for profile, split in zip(
        tqdm([*profiles, *testers], desc="plan rows", unit="profile"), splits, strict=True
    ):
        try:
            served = make_plan(true_request(profile), catalog, seed=spec.seed)
        except PlanInfeasible:
            built.infeasible += 1
            continue
        soft = _soft(profile, catalog, spec.seed, served)
        notes = note_text(_statements(profile, split, phrasings, spec.seed, soft))
        row = build_plan_row(profile, catalog, notes, soft, seeds=target_seeds(spec))
        if row is None:
            built.infeasible += 1
        else:
            built.rows[split].append(row)
    for split, rows in build_reading_splits(catalog, spec).items():
        built.rows[split].extend(rows)
    for split in ("train", "validation"):
        random.Random(f"{spec.seed}/interleave/{split}").shuffle(built.rows[split])
    return built
