"""Administration: list users and change their roles (admin role only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import MAX_OFFSET, MAX_PAGE_SIZE, AdminUser, RowId, SessionDep
from app.schemas.user import RoleUpdate, UserPublic, UsersPublic
from app.services import users

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/users")
def list_users(
    session: SessionDep,
    admin: AdminUser,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> UsersPublic:
    """List users, oldest first."""
    rows, count = users.list_users(session=session, offset=offset, limit=limit)
    return UsersPublic(data=[UserPublic.model_validate(row) for row in rows], count=count)


@router.patch("/users/{user_id}/role")
def set_role(user_id: RowId, body: RoleUpdate, session: SessionDep, admin: AdminUser) -> UserPublic:
    """Change a user's role."""
    user = users.set_role(
        session=session, user_id=user_id, role=body.role, acting_admin_id=admin.id
    )
    return UserPublic.model_validate(user)
