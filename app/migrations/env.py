"""Alembic environment: runs on the engine the app hands over, or on DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from app.core.config import get_settings
from app.core.db import make_engine
from app.models import Base


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    return engine if isinstance(engine, Engine) else make_engine(get_settings().database_url)


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        # Batch mode lets later ALTERs work on SQLite, which cannot alter columns in place.
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
