"""User accounts: registration, authentication and roles."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.security import hash_password, verify_password
from app.models import Profile, Role, User
from app.services.errors import ConflictError, NotFoundError


def get_user_by_email(*, session: Session, email: str) -> User | None:
    if "\x00" in email:
        # No stored email holds NUL (EmailStr refuses it) and PostgreSQL refuses it as a parameter.
        return None
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(*, session: Session, email: str, password: str, role: Role = Role.user) -> User:
    """Create a user with an empty profile in one transaction.

    Raises:
        ConflictError: the email is already registered (compared case-insensitively).
    """
    email = email.strip().lower()
    if get_user_by_email(session=session, email=email) is not None:
        raise ConflictError(f"email {email} is already registered")
    user = User(email=email, hashed_password=hash_password(password), role=role)
    session.add(user)
    session.flush()
    session.add(Profile(user_id=user.id))
    session.commit()
    return user


def authenticate(*, session: Session, email: str, password: str) -> User | None:
    """The active user with this email and password, or None (same timing either way)."""
    user = get_user_by_email(session=session, email=email)
    if not verify_password(password, user.hashed_password if user else None):
        return None
    return user if user is not None and user.is_active else None


def list_users(*, session: Session, offset: int, limit: int) -> tuple[list[User], int]:
    count = session.scalar(select(func.count()).select_from(User)) or 0
    users = session.scalars(select(User).order_by(User.id).offset(offset).limit(limit)).all()
    return list(users), count


def set_role(*, session: Session, user_id: int, role: Role, acting_admin_id: int) -> User:
    """Change a user's role.

    Raises:
        NotFoundError: no such user.
        ConflictError: an admin tried to change their own role (would risk locking out admins).
    """
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"user {user_id} not found")
    if user.id == acting_admin_id:
        raise ConflictError("admins cannot change their own role")
    user.role = role
    session.commit()
    return user
