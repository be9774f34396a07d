"""Several diets per profile: `profiles.diet` becomes the JSON list `diets`.

Stored wire documents follow, so old rows still validate against the domain's models: orders'
`profile.diet` becomes the list `profile.diets`, and readings' `diet` (in `note_readings` and in
plan versions' provenance) becomes the flags object `diets`. Downgrading keeps the first diet.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Document = dict[str, Any]
Change = Callable[[Document], Document]

PROFILES = sa.table(
    "profiles",
    sa.column("user_id", sa.Integer()),
    sa.column("diet", sa.String()),
    sa.column("diets", sa.JSON()),
)


def _renamed(document: Document, old: str, new: str, value: Any) -> Document:
    """`document` with key `old` replaced by `new` in the same place, holding `value`."""
    return {new if key == old else key: value if key == old else v for key, v in document.items()}


def _order_up(order: Document) -> Document:
    profile = order.get("profile")
    if profile is None or "diet" not in profile:
        return order
    diet = profile["diet"]
    return {**order, "profile": _renamed(profile, "diet", "diets", [diet] if diet else [])}


def _order_down(order: Document) -> Document:
    profile = order.get("profile")
    if profile is None or "diets" not in profile:
        return order
    diets = profile["diets"]
    return {**order, "profile": _renamed(profile, "diets", "diet", diets[0] if diets else None)}


def _reading_up(reading: Document) -> Document:
    if "diet" not in reading:
        return reading
    diet = reading["diet"]
    return _renamed(reading, "diet", "diets", {diet: True} if diet else {})


def _reading_down(reading: Document) -> Document:
    if "diets" not in reading:
        return reading
    return _renamed(reading, "diets", "diet", next(iter(reading["diets"]), None))


def _in_provenance(change: Change) -> Change:
    def apply(provenance: Document) -> Document:
        if "reading" not in provenance:
            return provenance
        return {**provenance, "reading": change(provenance["reading"])}

    return apply


def _rewrite(table: str, column: str, change: Change) -> None:
    """Apply `change` to the JSON document in `column` of every row that has one."""
    rows = sa.table(table, sa.column("id", sa.Integer()), sa.column(column, sa.JSON()))
    connection = op.get_bind()
    updates = [
        {"row_id": row_id, "document": new}
        for row_id, old in connection.execute(sa.select(rows.c.id, rows.c[column]))
        if old is not None and (new := change(old)) != old
    ]
    if updates:
        connection.execute(
            rows.update()
            .where(rows.c.id == sa.bindparam("row_id"))
            .values({column: sa.bindparam("document", type_=sa.JSON())}),
            updates,
        )


def upgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diets", sa.JSON(), nullable=True))
    connection = op.get_bind()
    connection.execute(PROFILES.update().where(PROFILES.c.diet.is_(None)).values(diets=[]))
    for diet in connection.scalars(
        sa.select(PROFILES.c.diet).where(PROFILES.c.diet.is_not(None)).distinct()
    ):
        connection.execute(PROFILES.update().where(PROFILES.c.diet == diet).values(diets=[diet]))
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.alter_column("diets", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_column("diet")

    _rewrite("plan_jobs", "order", _order_up)
    _rewrite("plan_versions", "order", _order_up)
    _rewrite("plan_versions", "provenance", _in_provenance(_reading_up))
    _rewrite("note_readings", "reading", _reading_up)


def downgrade() -> None:
    _rewrite("note_readings", "reading", _reading_down)
    _rewrite("plan_versions", "provenance", _in_provenance(_reading_down))
    _rewrite("plan_versions", "order", _order_down)
    _rewrite("plan_jobs", "order", _order_down)

    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diet", sa.String(length=16), nullable=True))
    connection = op.get_bind()
    firsts = [
        {"key": user_id, "first": diets[0]}
        for user_id, diets in connection.execute(sa.select(PROFILES.c.user_id, PROFILES.c.diets))
        if diets
    ]
    if firsts:
        connection.execute(
            PROFILES.update()
            .where(PROFILES.c.user_id == sa.bindparam("key"))
            .values(diet=sa.bindparam("first")),
            firsts,
        )
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("diets")
