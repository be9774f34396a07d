"""Queries shared by every per-user log: fetch one owned row, list a dated page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import UserOwned
from app.services.errors import InvalidRequestError, NotFoundError

RowT = TypeVar("RowT", bound=UserOwned)


@dataclass(frozen=True)
class DatePage:
    """Date filter (inclusive) and pagination of a log listing."""

    date_from: date | None = None
    date_to: date | None = None
    offset: int = 0
    limit: int = 20


def get_owned(
    *,
    session: Session,
    model: type[RowT],
    user_id: int,
    row_id: int,
    where: tuple[ColumnElement[bool], ...] = (),
) -> RowT:
    """One row of `model` owned by `user_id`.

    Raises:
        NotFoundError: no such row, or it belongs to another user (indistinguishable on purpose).
    """
    row = session.scalar(select(model).where(model.id == row_id, model.user_id == user_id, *where))
    if row is None:
        raise NotFoundError(f"{model.__tablename__} entry {row_id} not found")
    return row


def list_owned(
    *,
    session: Session,
    model: type[RowT],
    user_id: int,
    day: InstrumentedAttribute[date],
    page: DatePage,
    where: tuple[ColumnElement[bool], ...] = (),
) -> tuple[list[RowT], int]:
    """A page of a user's rows, newest day first, with the total count of matching rows."""
    conditions: list[ColumnElement[bool]] = [model.user_id == user_id, *where]
    if page.date_from is not None:
        conditions.append(day >= page.date_from)
    if page.date_to is not None:
        conditions.append(day <= page.date_to)
    count = session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0
    rows = session.scalars(
        select(model)
        .where(*conditions)
        .order_by(day.desc(), model.id.desc())
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    return list(rows), count


def apply_changes(row: Any, changes: dict[str, Any], *, required: frozenset[str]) -> None:
    """Set PATCH fields on a row.

    Raises:
        InvalidRequestError: an explicit null for a field that cannot be empty.
    """
    nulls = sorted(name for name, value in changes.items() if value is None and name in required)
    if nulls:
        raise InvalidRequestError(f"fields cannot be null: {nulls}")
    for name, value in changes.items():
        setattr(row, name, value)
