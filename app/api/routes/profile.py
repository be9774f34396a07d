"""The current user's profile."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from sqlalchemy.orm import Session

from app.api.deps import CipherDep, CurrentUser, SessionDep
from app.core.crypto import Cipher
from app.schemas.profile import ProfileIn, ProfilePublic
from app.services.profiles import ProfileState, get_profile, update_profile
from app.services.targets import missing_for_targets

router = APIRouter(prefix="/me", tags=["profile"])


def _public(state: ProfileState, cipher: Cipher) -> ProfilePublic:
    return ProfilePublic.build(
        profile=state.profile,
        height_cm=state.height_cm,
        weight_kg=state.weight_kg,
        notes=cipher.decrypt(state.profile.notes_encrypted),
        missing_for_targets=missing_for_targets(state),
        today=date.today(),
    )


@router.get("/profile")
def read_profile(user: CurrentUser, session: SessionDep, cipher: CipherDep) -> ProfilePublic:
    """Read the profile (metric, plus imperial fields when units is imperial)."""
    return _public(get_profile(session=session, user_id=user.id), cipher)


def _save(
    body: ProfileIn, *, partial: bool, user_id: int, session: Session, cipher: Cipher
) -> ProfilePublic:
    changes = body.changes(partial=partial)
    state = update_profile(
        session=session, user_id=user_id, changes=changes, cipher=cipher, today=date.today()
    )
    return _public(state, cipher)


@router.put("/profile")
def replace_profile(
    body: ProfileIn, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> ProfilePublic:
    """Replace the profile; height and weight changes are added to the history."""
    return _save(body, partial=False, user_id=user.id, session=session, cipher=cipher)


@router.patch("/profile")
def patch_profile(
    body: ProfileIn, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> ProfilePublic:
    """Change some profile fields; height and weight changes are added to the history."""
    return _save(body, partial=True, user_id=user.id, session=session, cipher=cipher)
