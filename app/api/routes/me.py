"""The signed-in account itself (the web app reads its role from here)."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import CurrentUser
from app.schemas.user import UserPublic

router = APIRouter(prefix="/me", tags=["users"])


@router.get("")
def read_me(user: CurrentUser) -> UserPublic:
    """Read the signed-in account: id, email and role."""
    return UserPublic.model_validate(user)
