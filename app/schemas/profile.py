"""Profile bodies: metric or imperial input, metric output plus the user's preferred units."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from app.models import Profile
from app.schemas.common import MAX_NOTES_CHARS, StrictInput, check_range
from domain.profile import ActivityLevel, Allergen, BodyArea, Diet, Equipment, Experience, Goal, Sex
from domain.targets import AGE_RANGE, BODY_FAT_PCT_RANGE, HEIGHT_CM_RANGE, WEIGHT_KG_RANGE
from domain.units import cm_to_feet_inches, feet_inches_to_cm, kg_to_pounds, pounds_to_kg

Units = Literal["metric", "imperial"]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
IMPERIAL_FIELDS = ("height_ft", "height_in", "weight_lb")

_STORED_FIELDS = (
    "units sex birth_date body_fat_pct activity_level goal days_per_week experience equipment "
    "injuries liked_exercises liked_foods disliked_foods allergies diets updated_at"
).split()


def _once_each(diets: list[Diet]) -> list[Diet]:
    """Refuse a repeated diet: the profile holds a set, so a repeat is a client's slip."""
    repeated = sorted({diet for diet in diets if diets.count(diet) > 1})
    if repeated:
        raise ValueError(f"list each diet once; repeated: {', '.join(repeated)}")
    return diets


Diets = Annotated[
    list[Diet],
    Field(max_length=len(Diet), json_schema_extra={"uniqueItems": True}),
    AfterValidator(_once_each),
]
"""Diets combine: every food must fit every one of them."""


def age_on(birth_date: date, today: date) -> int:
    """Whole years between a birth date and `today`."""
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday


class ProfileIn(StrictInput):
    """PUT and PATCH body; height and weight may come in metric or imperial units."""

    units: Units | None = None
    sex: Sex | None = None
    birth_date: date | None = None
    age: int | None = None
    height_cm: float | None = None
    height_ft: float | None = Field(default=None, ge=0, le=9)
    height_in: float | None = Field(default=None, ge=0, lt=120)
    weight_kg: float | None = None
    weight_lb: float | None = Field(default=None, ge=0, le=2000)
    body_fat_pct: float | None = None
    activity_level: ActivityLevel | None = None
    goal: Goal | None = None
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    experience: Experience | None = None
    equipment: list[Equipment] | None = Field(default=None, max_length=len(Equipment))
    injuries: list[BodyArea] | None = Field(default=None, max_length=len(BodyArea))
    liked_exercises: list[Name] | None = Field(default=None, max_length=50)
    liked_foods: list[Name] | None = Field(default=None, max_length=50)
    disliked_foods: list[Name] | None = Field(default=None, max_length=50)
    allergies: list[Allergen] | None = Field(default=None, max_length=len(Allergen))
    diets: Diets | None = None
    notes: str | None = Field(default=None, max_length=MAX_NOTES_CHARS)

    @field_validator("age")
    @classmethod
    def _age(cls, value: int | None) -> int | None:
        check_range(value, AGE_RANGE, "years")
        return value

    @field_validator("height_cm")
    @classmethod
    def _height(cls, value: float | None) -> float | None:
        return check_range(value, HEIGHT_CM_RANGE, "cm")

    @field_validator("weight_kg")
    @classmethod
    def _weight(cls, value: float | None) -> float | None:
        return check_range(value, WEIGHT_KG_RANGE, "kg")

    @field_validator("body_fat_pct")
    @classmethod
    def _body_fat(cls, value: float | None) -> float | None:
        return check_range(value, BODY_FAT_PCT_RANGE, "%")

    @model_validator(mode="after")
    def _resolve_units_and_age(self) -> ProfileIn:
        if self.age is not None and self.birth_date is not None:
            raise ValueError("give either age or birth_date, not both")
        if self.birth_date is not None:
            check_range(age_on(self.birth_date, date.today()), AGE_RANGE, "years (birth_date)")
        if self.height_ft is not None or self.height_in is not None:
            if self.height_cm is not None:
                raise ValueError("give either height_cm or height_ft/height_in, not both")
            cm = feet_inches_to_cm(self.height_ft or 0, self.height_in or 0)
            self.height_cm = check_range(cm, HEIGHT_CM_RANGE, "cm (height_ft/height_in)")
        if self.weight_lb is not None:
            if self.weight_kg is not None:
                raise ValueError("give either weight_kg or weight_lb, not both")
            kg = pounds_to_kg(self.weight_lb)
            self.weight_kg = check_range(kg, WEIGHT_KG_RANGE, "kg (weight_lb)")
        return self

    def changes(self, *, partial: bool) -> dict[str, Any]:
        """Metric field values to store: only the sent ones for PATCH, every field for PUT."""
        values = self.model_dump(exclude_unset=partial)
        for name in IMPERIAL_FIELDS:
            values.pop(name, None)
        if "age" in values and values["age"] is not None:
            values["birth_date"] = None
        if "birth_date" in values and values["birth_date"] is not None:
            values["age"] = None
        return values


class ProfilePublic(BaseModel):
    """The profile in metric units; the imperial fields are filled when units is imperial."""

    units: Units
    sex: Sex | None
    birth_date: date | None
    age: int | None
    height_cm: float | None
    weight_kg: float | None
    body_fat_pct: float | None
    activity_level: ActivityLevel | None
    goal: Goal | None
    days_per_week: int | None
    experience: Experience | None
    equipment: list[Equipment]
    injuries: list[BodyArea]
    liked_exercises: list[str]
    liked_foods: list[str]
    disliked_foods: list[str]
    allergies: list[Allergen]
    diets: list[Diet]
    notes: str | None
    height_ft: int | None = None
    height_in: float | None = None
    weight_lb: float | None = None
    missing_for_targets: list[str]
    updated_at: datetime

    @classmethod
    def build(
        cls,
        *,
        profile: Profile,
        height_cm: float | None,
        weight_kg: float | None,
        notes: str | None,
        missing_for_targets: list[str],
        today: date,
    ) -> ProfilePublic:
        """Assemble the response from the stored row and the current body metrics."""
        age = age_on(profile.birth_date, today) if profile.birth_date else profile.age
        imperial: dict[str, Any] = {}
        if profile.units == "imperial":
            if height_cm is not None:
                feet, inches = cm_to_feet_inches(height_cm)
                imperial.update(height_ft=feet, height_in=round(inches, 1))
            if weight_kg is not None:
                imperial["weight_lb"] = round(kg_to_pounds(weight_kg), 1)
        return cls.model_validate(
            {
                **{name: getattr(profile, name) for name in _STORED_FIELDS},
                "age": age,
                "height_cm": height_cm,
                "weight_kg": weight_kg,
                "notes": notes,
                "missing_for_targets": missing_for_targets,
                **imperial,
            }
        )
