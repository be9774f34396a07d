"""The progress report: weight trend, intake adherence and workout completion over a window."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class TrendPoint(BaseModel):
    day: date
    weight_kg: float = Field(description="the day's mean logged weight")
    trend_kg: float = Field(description="exponentially smoothed weight (alpha 0.1)")


class WeightProgress(BaseModel):
    points: list[TrendPoint]
    trend_kg: float | None
    weekly_rate_kg: float | None = Field(description="kg per week, from the trend; None if <2 days")


class IntakeAdherence(BaseModel):
    target: float | None
    days_logged: int
    mean_per_logged_day: float | None
    percent_of_target: float | None = Field(description="mean intake on logged days / target")
    days_on_target: int | None = Field(description="logged days within the tolerance")


class WorkoutCompletion(BaseModel):
    sessions: int = Field(description="distinct days with at least one workout logged")
    planned: float | None = Field(description="days_per_week scaled to the window")
    percent: float | None


class ProgressPublic(BaseModel):
    days: int
    start: date
    end: date
    weight: WeightProgress
    calories: IntakeAdherence
    protein: IntakeAdherence
    workouts: WorkoutCompletion
