"""Bodies of the body-weight, workout and meal logs."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, Field, model_validator

from app.core.crypto import Cipher
from app.models import BodyMetric, Meal, Workout
from app.schemas.common import MAX_NOTES_CHARS, Label, StrictInput, check_day, check_range
from domain.targets import WEIGHT_KG_RANGE
from domain.units import kg_to_pounds, pounds_to_kg

Day = Annotated[date, AfterValidator(check_day)]
Notes = Annotated[str, Field(max_length=MAX_NOTES_CHARS)]
Grams = Annotated[float, Field(gt=0, le=5000)]
Macro = Annotated[float, Field(ge=0, le=2000)]
Kcal = Annotated[float, Field(ge=0, le=20000)]


def _weight_kg(values: Any) -> Any:
    """Accept `weight_lb` as an alternative to `weight_kg` and range-check the result."""
    if not isinstance(values, dict) or values.get("weight_lb") is None:
        return values
    if values.get("weight_kg") is not None:
        raise ValueError("give either weight_kg or weight_lb, not both")
    pounds = values.pop("weight_lb")
    if not isinstance(pounds, int | float) or isinstance(pounds, bool):
        raise ValueError(f"weight_lb must be a number, got {pounds!r}")
    kg = check_range(pounds_to_kg(pounds), WEIGHT_KG_RANGE, "kg (weight_lb)")
    return {**values, "weight_kg": kg}


def _weight_in_range(value: float | None) -> float | None:
    return check_range(value, WEIGHT_KG_RANGE, "kg")


WeightKg = Annotated[float, AfterValidator(_weight_in_range)]


class WeightCreate(StrictInput):
    weight_kg: WeightKg
    measured_on: Day = Field(default_factory=date.today)

    _imperial = model_validator(mode="before")(_weight_kg)


class WeightUpdate(StrictInput):
    weight_kg: WeightKg | None = None
    measured_on: Day | None = None

    _imperial = model_validator(mode="before")(_weight_kg)


class WeightPublic(BaseModel):
    id: int
    measured_on: date
    weight_kg: float
    weight_lb: float

    @classmethod
    def from_row(cls, row: BodyMetric) -> WeightPublic:
        kg = row.weight_kg or 0.0
        return cls(id=row.id, measured_on=row.measured_on, weight_kg=kg, weight_lb=kg_to_pounds(kg))


class WeightsPublic(BaseModel):
    data: list[WeightPublic]
    count: int


class _WorkoutDetails(StrictInput):
    sets: int | None = Field(default=None, ge=1, le=100)
    reps: int | None = Field(default=None, ge=1, le=1000)
    load_kg: float | None = Field(default=None, ge=0, le=1000)
    duration_min: float | None = Field(default=None, gt=0, le=1440)
    notes: Notes | None = None


class WorkoutCreate(_WorkoutDetails):
    exercise: Label
    performed_on: Day = Field(default_factory=date.today)


class WorkoutUpdate(_WorkoutDetails):
    exercise: Label | None = None
    performed_on: Day | None = None


class _DecryptedRow(BaseModel):
    """A response built from an ORM row whose `notes_encrypted` column is shown decrypted."""

    notes: str | None

    @classmethod
    def from_row(cls, row: Workout | Meal, cipher: Cipher) -> Self:
        columns = {column.key: getattr(row, column.key) for column in row.__table__.columns}
        return cls.model_validate({**columns, "notes": cipher.decrypt(row.notes_encrypted)})


class WorkoutPublic(_DecryptedRow):
    id: int
    exercise: str
    performed_on: date
    sets: int | None
    reps: int | None
    load_kg: float | None
    duration_min: float | None


class WorkoutsPublic(BaseModel):
    data: list[WorkoutPublic]
    count: int


class _MealDetails(StrictInput):
    grams: Grams | None = None
    name: Label | None = None
    kcal: Kcal | None = None
    protein_g: Macro | None = None
    carbs_g: Macro | None = None
    fat_g: Macro | None = None
    notes: Notes | None = None


class MealCreate(_MealDetails):
    """Either a catalog food (`food_id` + `grams`) or a free-form `name` with its macros."""

    eaten_on: Day = Field(default_factory=date.today)
    food_id: str | None = Field(default=None, min_length=1, max_length=16)

    @model_validator(mode="after")
    def _one_kind(self) -> MealCreate:
        macros = {"kcal": self.kcal, "protein_g": self.protein_g}
        macros.update(carbs_g=self.carbs_g, fat_g=self.fat_g)
        if self.food_id is not None:
            given = [name for name, value in macros.items() if value is not None]
            if self.grams is None:
                raise ValueError("grams is required with food_id")
            if given:
                raise ValueError(f"macros come from the catalog with food_id; drop {given}")
            return self
        missing = [name for name, value in {"name": self.name, **macros}.items() if value is None]
        if missing:
            raise ValueError(f"without food_id these fields are required: {missing}")
        if self.grams is not None:
            raise ValueError("grams needs a food_id")
        return self


class MealUpdate(_MealDetails):
    eaten_on: Day | None = None


class MealPublic(_DecryptedRow):
    id: int
    eaten_on: date
    food_id: str | None
    grams: float | None
    name: str
    kcal: float
    protein_g: float
    carbs_g: float
    fat_g: float


class MealsPublic(BaseModel):
    data: list[MealPublic]
    count: int
