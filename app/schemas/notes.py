"""The reading of the profile's notes as suggestions, and what the user confirms of it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from app.models import ReadingStatus
from app.schemas.common import StrictInput
from app.schemas.plans import PlanJobPublic
from app.schemas.profile import Diets, Name
from domain.profile import Allergen, BodyArea, Equipment


class Constraints(BaseModel):
    """The topics a reading covers, as the profile's structured fields hold them; disliked
    foods are the foods the notes refuse ("can't stand olives")."""

    allergies: list[Allergen] = Field(default=[], max_length=len(Allergen))
    diets: Diets = []
    equipment: list[Equipment] = Field(default=[], max_length=len(Equipment))
    injuries: list[BodyArea] = Field(default=[], max_length=len(BodyArea))
    disliked_foods: list[Name] = Field(default=[], max_length=50)


class ReadingPublic(BaseModel):
    """What serving understood in the notes; nothing of it applies until the user accepts."""

    status: ReadingStatus
    notes_read: bool | None = Field(
        description="false: no model read the notes (none is live), so nothing was understood; "
        "add the constraints in the form"
    )
    suggestions: Constraints = Field(description="everything the reading found")
    new: Constraints = Field(description="what it found that the profile does not hold yet")
    job: PlanJobPublic | None
    created_at: datetime
    decided_at: datetime | None


class ReadingAccept(Constraints, StrictInput):
    """The constraints the user confirms (the suggestions as they are, or edited); each is
    added to the profile's structured fields."""
