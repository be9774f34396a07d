"""Key rotation for encrypted columns: re-encrypt every stored value with the primary key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.crypto import Cipher
from app.models import EncryptedNotes, Meal, PlanJob, PlanRating, PlanVersion, Profile, Workout

# Jobs and plan versions keep the notes they were made with; ratings keep their comment.
ENCRYPTED_MODELS: tuple[type[EncryptedNotes], ...] = (
    Profile,
    Workout,
    Meal,
    PlanJob,
    PlanVersion,
    PlanRating,
)


def rotate_encryption_keys(*, session: Session, cipher: Cipher) -> int:
    """Re-encrypt every encrypted column in one transaction (all or nothing).

    Returns:
        The number of values re-encrypted.

    Raises:
        DecryptionError: a value opens with none of the configured keys; nothing is changed.
    """
    rotated = 0
    for model in ENCRYPTED_MODELS:
        for row in session.scalars(select(model).where(model.notes_encrypted.is_not(None))):
            row.notes_encrypted = cipher.rotate(row.notes_encrypted)
            rotated += 1
    session.commit()
    return rotated
