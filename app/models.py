"""ORM models of the product database; Alembic migrations own the schema (app/migrations)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class Role(StrEnum):
    user = "user"
    scientist = "scientist"
    admin = "admin"


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class UserOwned(Base):
    """A row that belongs to one user: per-user logs are always filtered by `user_id`."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))


class EncryptedNotes:
    """Mixin: free-text notes, stored only as Fernet ciphertext (see `app.core.crypto`)."""

    notes_encrypted: Mapped[str | None] = mapped_column(Text, default=None)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    hashed_password: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.user)
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RefreshToken(Base):
    """A refresh token's hash; tokens rotated from one login share a `family_id`."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    family_id: Mapped[str] = mapped_column(String(36), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Profile(EncryptedNotes, Base):
    """A user's profile; current height and weight live in `BodyMetric` (their history)."""

    __tablename__ = "profiles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    units: Mapped[str] = mapped_column(String(8), default="metric")
    sex: Mapped[str | None] = mapped_column(String(8), default=None)
    birth_date: Mapped[date | None] = mapped_column(default=None)
    age: Mapped[int | None] = mapped_column(default=None)
    body_fat_pct: Mapped[float | None] = mapped_column(Float, default=None)
    activity_level: Mapped[str | None] = mapped_column(String(16), default=None)
    goal: Mapped[str | None] = mapped_column(String(16), default=None)
    days_per_week: Mapped[int | None] = mapped_column(default=None)
    experience: Mapped[str | None] = mapped_column(String(16), default=None)
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    injuries: Mapped[list[str]] = mapped_column(JSON, default=list)
    liked_exercises: Mapped[list[str]] = mapped_column(JSON, default=list)
    liked_foods: Mapped[list[str]] = mapped_column(JSON, default=list)
    disliked_foods: Mapped[list[str]] = mapped_column(JSON, default=list)
    allergies: Mapped[list[str]] = mapped_column(JSON, default=list)
    diets: Mapped[list[str]] = mapped_column(JSON, default=list)
    targets_from_expenditure: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class BodyMetric(UserOwned):
    """One dated height and/or weight measurement: the body-metrics history and the weight log."""

    __tablename__ = "body_metrics"
    __table_args__ = (Index("ix_body_metrics_user_day", "user_id", "measured_on"),)

    measured_on: Mapped[date]
    weight_kg: Mapped[float | None] = mapped_column(Float, default=None)
    height_cm: Mapped[float | None] = mapped_column(Float, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Workout(EncryptedNotes, UserOwned):
    __tablename__ = "workouts"
    __table_args__ = (Index("ix_workouts_user_day", "user_id", "performed_on"),)

    performed_on: Mapped[date]
    exercise: Mapped[str] = mapped_column(String(200))
    sets: Mapped[int | None] = mapped_column(default=None)
    reps: Mapped[int | None] = mapped_column(default=None)
    load_kg: Mapped[float | None] = mapped_column(Float, default=None)
    duration_min: Mapped[float | None] = mapped_column(Float, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meal(EncryptedNotes, UserOwned):
    """A logged meal; macros are stored as eaten (computed from the catalog for catalog foods)."""

    __tablename__ = "meals"
    __table_args__ = (Index("ix_meals_user_day", "user_id", "eaten_on"),)

    eaten_on: Mapped[date]
    food_id: Mapped[str | None] = mapped_column(String(16), default=None)
    grams: Mapped[float | None] = mapped_column(Float, default=None)
    name: Mapped[str] = mapped_column(String(200))
    kcal: Mapped[float] = mapped_column(Float)
    protein_g: Mapped[float] = mapped_column(Float)
    carbs_g: Mapped[float] = mapped_column(Float)
    fat_g: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class JobKind(StrEnum):
    """What a job asks serving for: a full plan, the meals alone, or a reading of the notes."""

    plan = "plan"
    meals = "meals"
    read = "read"


class JobStatus(StrEnum):
    pending = "pending"
    running = "running"
    done = "done"
    failed = "failed"


class PlanJob(EncryptedNotes, UserOwned):
    """One call to serving, queued in the product database and claimed by a worker.

    `order` is the body sent to serving without the notes, which stay encrypted in
    `notes_encrypted`; `scope` says which part of the current plan a meals job replaces.
    """

    __tablename__ = "plan_jobs"
    __table_args__ = (
        Index("ix_plan_jobs_claim", "status", "next_attempt_at"),
        Index("ix_plan_jobs_user", "user_id", "created_at"),
    )

    kind: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(8), default=JobStatus.pending)
    reason: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str] = mapped_column(Text, default="")
    order: Mapped[dict[str, Any]] = mapped_column(JSON)
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    request_id: Mapped[str | None] = mapped_column(String(64), default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claim_token: Mapped[str | None] = mapped_column(String(36), default=None)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    reasons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class PlanVersion(EncryptedNotes, UserOwned):
    """One version of a user's plan, as served, with what it was made for and why.

    `job_id` is unique: a job that is retried (or claimed twice after a lost lease) can never
    make a second version. Versions are immutable apart from `locks`.
    """

    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("user_id", "version"),)

    version: Mapped[int]
    job_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_jobs.id", ondelete="SET NULL"), unique=True, default=None
    )
    kind: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str] = mapped_column(Text, default="")
    order: Mapped[dict[str, Any]] = mapped_column(JSON)
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    targets: Mapped[dict[str, Any]] = mapped_column(JSON)
    exposure: Mapped[dict[str, Any]] = mapped_column(JSON)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON)
    experiment: Mapped[str] = mapped_column(String(128), index=True)
    variant: Mapped[str] = mapped_column(String(16))
    model_version: Mapped[str | None] = mapped_column(String(64), default=None)
    in_experiment: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(16))
    notes_read: Mapped[bool] = mapped_column(default=False)
    repaired: Mapped[bool] = mapped_column(default=False)
    fallback: Mapped[bool] = mapped_column(default=False)
    latency_s: Mapped[float] = mapped_column(Float)
    locks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    diff: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReadingStatus(StrEnum):
    pending = "pending"
    ready = "ready"
    failed = "failed"
    accepted = "accepted"


class NoteReading(UserOwned):
    """What serving read in one version of the profile's notes, until the user confirms it."""

    __tablename__ = "note_readings"
    __table_args__ = (Index("ix_note_readings_user", "user_id", "created_at"),)

    job_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_jobs.id", ondelete="SET NULL"), unique=True, default=None
    )
    status: Mapped[str] = mapped_column(String(8), default=ReadingStatus.pending)
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    refused_foods: Mapped[list[str] | None] = mapped_column(JSON, default=None)
    """Food terms the notes refuse, suggested as dislikes (None in readings before 0005)."""
    notes_read: Mapped[bool | None] = mapped_column(default=None)
    exposure: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class PlanRating(EncryptedNotes, UserOwned):
    """1-5 stars and an optional comment (encrypted, in `notes_encrypted`) on a plan version."""

    __tablename__ = "plan_ratings"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), unique=True
    )
    stars: Mapped[int | None] = mapped_column(default=None)
    variant: Mapped[str] = mapped_column(String(16))
    model_version: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class PlanThumb(UserOwned):
    """Thumbs up or down on one meal or one exercise of a plan version."""

    __tablename__ = "plan_thumbs"
    __table_args__ = (UniqueConstraint("version_id", "kind", "day", "position"),)

    version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    day: Mapped[int]
    position: Mapped[int]
    item: Mapped[str] = mapped_column(Text)
    up: Mapped[bool]
    variant: Mapped[str] = mapped_column(String(16))
    model_version: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class TargetAdjustment(UserOwned):
    """A weekly step of expenditure-based calories (for users who opted in)."""

    __tablename__ = "target_adjustments"
    __table_args__ = (Index("ix_target_adjustments_user_day", "user_id", "made_on"),)

    made_on: Mapped[date]
    expenditure_kcal: Mapped[float] = mapped_column(Float)
    formula_tdee_kcal: Mapped[float] = mapped_column(Float)
    calories: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PromotionRequest(Base):
    """A scientist's request to make the challenger the champion; the pipelines carry it out.

    The app never touches the MLflow registry: it records who asked, for which experiment and
    which challenger version, and the pipelines move the alias and report the outcome
    (`domain.api.promotions`).
    """

    __tablename__ = "promotion_requests"
    __table_args__ = (Index("ix_promotion_requests_status", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    experiment: Mapped[str] = mapped_column(String(128))
    challenger_version: Mapped[str | None] = mapped_column(String(64), default=None)
    requested_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(8), default="pending")
    champion_version: Mapped[str | None] = mapped_column(String(64), default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    completed_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
