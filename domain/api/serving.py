"""The serving API's request and response bodies (`/v1`): the product API sends these over HTTP.

Every numeric field carries the same physiological ranges the product API validates, so a bad
value is a 422 naming the field on either side. Plans are the domain's own `Plan`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from domain.plan.grounding import Repair
from domain.plan.planner_limits import MAX_MEALS_PER_DAY, MIN_MEALS_PER_DAY
from domain.plan.provenance import PlanSource
from domain.plan.reading import NotesReading
from domain.plan.schemas import DayKind, Macros, Meal, Plan
from domain.plan.soft_preferences import NO_SOFT_PREFERENCES, SoftPreferences
from domain.profile import ActivityLevel, Allergen, BodyArea, Diet, Equipment, Experience, Goal, Sex
from domain.targets import (
    AGE_RANGE,
    BODY_FAT_PCT_RANGE,
    HEIGHT_CM_RANGE,
    WEIGHT_KG_RANGE,
    MacroTargets,
)

API_VERSION: Final = "v1"
MAX_NOTES_CHARS: Final = 2000
MAX_LIKES: Final = 30

# Text that reaches a prompt: no control characters (a NUL breaks PostgreSQL columns on the app's
# side, and none of them means anything in a note), bounded length.
NO_CONTROL = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=NO_CONTROL)
]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES_CHARS, pattern=NO_CONTROL)]
UserId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128, pattern=NO_CONTROL)
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Role(StrEnum):
    user = "user"
    scientist = "scientist"
    admin = "admin"


class Variant(StrEnum):
    """What answers a request: a registry alias's model, or the exact planner alone."""

    champion = "champion"
    challenger = "challenger"
    reference = "reference"


class PlanUser(Strict):
    """Who the plan is for: the id routes them stickily to a variant; the role may force one."""

    id: UserId
    role: Role = Role.user


class PlanProfile(Strict):
    """The structured form, as the user filled it in (constraints in the notes are read)."""

    sex: Sex
    age: int = Field(ge=AGE_RANGE[0], le=AGE_RANGE[1])
    height_cm: float = Field(ge=HEIGHT_CM_RANGE[0], le=HEIGHT_CM_RANGE[1])
    weight_kg: float = Field(ge=WEIGHT_KG_RANGE[0], le=WEIGHT_KG_RANGE[1])
    body_fat_pct: float | None = Field(
        default=None, ge=BODY_FAT_PCT_RANGE[0], le=BODY_FAT_PCT_RANGE[1]
    )
    goal: Goal
    activity_level: ActivityLevel
    experience: Experience = Experience.beginner
    days_per_week: int = Field(ge=1, le=7)
    session_minutes: int | None = Field(default=None, ge=15, le=240)
    meals_per_day: int = Field(default=3, ge=MIN_MEALS_PER_DAY, le=MAX_MEALS_PER_DAY)
    equipment: frozenset[Equipment] = frozenset()
    injuries: frozenset[BodyArea] = frozenset()
    allergies: frozenset[Allergen] = frozenset()
    diets: frozenset[Diet] = frozenset()
    liked_exercises: tuple[Name, ...] = Field(default=(), max_length=MAX_LIKES)
    liked_foods: tuple[Name, ...] = Field(default=(), max_length=MAX_LIKES)
    disliked_foods: tuple[Name, ...] = Field(default=(), max_length=MAX_LIKES)


class TargetsIn(Strict):
    """Daily targets the product API computed and showed the user; serving plans to them."""

    calories: int = Field(ge=800, le=6000)
    protein_g: int = Field(ge=0, le=500)
    carbs_g: int = Field(ge=0, le=1000)
    fat_g: int = Field(ge=0, le=400)


class PlanOrder(Strict):
    """`POST /v1/plans` and `/v1/plans/meals`: a profile, its targets and notes.

    Attributes:
        user: Who asks; routes the A/B assignment.
        profile: The structured form.
        targets: The targets to plan to; None computes them from the profile the way the
            product API does (`domain.targets`).
        notes: The user's free text, read by the model before planning.
        model: A variant (`champion`, `challenger`, `reference`) to force; role `scientist`
            or `admin` only.
    """

    user: PlanUser
    profile: PlanProfile
    targets: TargetsIn | None = None
    notes: Notes = ""
    model: Variant | None = None


class ReadOrder(Strict):
    """`POST /v1/read`: the notes alone, for the app to show what was understood."""

    user: PlanUser
    notes: Notes
    model: Variant | None = None

    @field_validator("notes")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("notes must say something to be read")
        return value


class Exposure(Strict):
    """Which variant answered, for the A/B report: one per response.

    Attributes:
        experiment: Experiment key (settings).
        variant: The variant that answered.
        model_version: Its registry version; None for the reference planner.
        in_experiment: Whether the user was assigned by the experiment's hash (False when
            forced, or when only one variant is live).
        forced: A scientist chose the variant.
        weights: The experiment's split at assignment (variant to share of users): what a
            sample-ratio-mismatch test expects.
    """

    experiment: str
    variant: Variant
    model_version: str | None
    in_experiment: bool
    forced: bool = False
    weights: dict[Variant, float] = {}


class PassTiming(Strict):
    """One model pass: the reading (all sentences) or the draft."""

    task: str
    new_tokens: int
    forward_passes: int
    prompt_tokens: int
    seconds: float


class Provenance(Strict):
    """Where the plan came from and what it cost.

    Attributes:
        source: Model, repaired draft, reference planner, or the planner on the form alone.
        notes_read: Whether a model read the notes; False means the notes were not enforced
            (the reference variant says so here).
        reading: What was read and enforced (empty when nothing was).
        repairs: What serving changed in the model's draft.
        passes: The model passes made.
        seconds: Wall time of the whole plan, solver included.
        wishes: What the model read the user would like more or less of, and planned for
            (never enforced; empty for the reference planner and in older plans).
        refused_foods: Food terms the notes refuse ("can't stand olives") that the plan left
            out as dislikes (empty in older plans).
    """

    source: PlanSource
    notes_read: bool
    reading: NotesReading
    repairs: list[Repair]
    passes: list[PassTiming]
    seconds: float
    wishes: SoftPreferences = NO_SOFT_PREFERENCES
    refused_foods: tuple[str, ...] = ()


class PlanResponse(Strict):
    plan: Plan
    targets: MacroTargets
    exposure: Exposure
    provenance: Provenance


class MealDay(Strict):
    """One day's meals (1 = Monday) and their totals against the day's target."""

    day: int = Field(ge=1, le=7)
    kind: DayKind
    meals: list[Meal]
    target: Macros
    totals: Macros


class MealPlanResponse(Strict):
    """`POST /v1/plans/meals`: the week's meals only, for renewals; training days as planned."""

    days: list[MealDay]
    targets: MacroTargets
    exposure: Exposure
    provenance: Provenance


class ReadResponse(Strict):
    """What was read; `notes_read` False means no model read them (the reference variant).
    `refused_foods`: food terms the notes refuse, for the user to confirm as dislikes."""

    reading: NotesReading
    refused_foods: tuple[str, ...] = ()
    notes_read: bool
    sentences: int
    exposure: Exposure
    seconds: float


class VariantInfo(Strict):
    """One live variant: what it runs and how much traffic it gets."""

    variant: Variant
    model_version: str | None
    weight: float
    loaded_at: str | None = None
    run_id: str | None = None
    onnx_precision: str | None = None


class ModelsResponse(Strict):
    experiment: str
    registered_model: str
    variants: list[VariantInfo]
    last_refresh: str | None
    last_error: str | None
    notes_reader: str | None = None
    """The dedicated reader every variant reads notes with (a registered version or a pinned
    folder); None: each variant's model reads its own."""


class InfeasibleBody(Strict):
    """The 422 body when no plan can meet the constraints: each reason names one."""

    detail: str
    reasons: list[dict[str, str]]
