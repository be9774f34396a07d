"""The current user's profile."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from sqlalchemy.orm import Session

from app.api.deps import CipherDep, CurrentUser, RenewalDep, SessionDep
from app.core.crypto import Cipher
from app.schemas.profile import ProfileIn, ProfilePublic
from app.services.profiles import OnChange, ProfileState, get_profile, update_profile
from app.services.targets import missing_for_targets

router = APIRouter(prefix="/me", tags=["profile"])


def public_profile(state: ProfileState, cipher: Cipher) -> ProfilePublic:
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
    return public_profile(get_profile(session=session, user_id=user.id), cipher)


def _save(
    body: ProfileIn,
    *,
    partial: bool,
    user_id: int,
    session: Session,
    cipher: Cipher,
    on_change: OnChange,
) -> ProfilePublic:
    state = update_profile(
        session=session,
        user_id=user_id,
        changes=body.changes(partial=partial),
        cipher=cipher,
        today=date.today(),
        on_change=on_change,
    )
    return public_profile(state, cipher)


@router.put("/profile")
def replace_profile(
    body: ProfileIn, user: CurrentUser, session: SessionDep, cipher: CipherDep, renew: RenewalDep
) -> ProfilePublic:
    """Replace the profile; changes renew the plan, changed notes are read again."""
    return _save(
        body, partial=False, user_id=user.id, session=session, cipher=cipher, on_change=renew
    )


@router.patch("/profile")
def patch_profile(
    body: ProfileIn, user: CurrentUser, session: SessionDep, cipher: CipherDep, renew: RenewalDep
) -> ProfilePublic:
    """Change some profile fields; changes renew the plan, changed notes are read again."""
    return _save(
        body, partial=True, user_id=user.id, session=session, cipher=cipher, on_change=renew
    )
