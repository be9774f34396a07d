"""Readings suggest dislikes: `note_readings.refused_foods`, the food terms the notes refuse.

Older readings keep NULL: they suggest no dislikes, as before.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("note_readings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refused_foods", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("note_readings", schema=None) as batch_op:
        batch_op.drop_column("refused_foods")
