"""Operator commands: `create-admin` and `rotate-encryption-keys` (`python -m app.cli -h`).

Both read the same environment as the API (DATABASE_URL, ENCRYPTION_KEYS, ...).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.core.config import get_settings
from app.core.crypto import cipher_for
from app.core.db import make_engine, upgrade_to_head
from app.models import Role
from app.schemas.auth import UserRegister
from app.services.encryption import rotate_encryption_keys
from app.services.errors import ConflictError
from app.services.users import create_user, get_user_by_email

PASSWORD_ENV = "NEXFITRA_ADMIN_PASSWORD"


def _create_admin(session: Session, email: str) -> str:
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"password for {email}: ")
    body = UserRegister(email=email, password=password)
    existing = get_user_by_email(session=session, email=body.email)
    if existing is not None:
        existing.role = Role.admin
        session.commit()
        return f"{body.email} already existed and is now an admin"
    create_user(session=session, email=body.email, password=body.password, role=Role.admin)
    return f"created admin {body.email}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one operator command; returns the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m app.cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    admin = commands.add_parser(
        "create-admin", help=f"create an admin (password from ${PASSWORD_ENV} or a prompt)"
    )
    admin.add_argument("--email", required=True)
    commands.add_parser(
        "rotate-encryption-keys",
        help="re-encrypt every encrypted value with the first key of ENCRYPTION_KEYS",
    )
    args = parser.parse_args(argv)
    settings = get_settings()
    engine = make_engine(settings.database_url)
    upgrade_to_head(engine)
    try:
        with Session(engine) as session:
            if args.command == "create-admin":
                message = _create_admin(session, args.email)
            else:
                cipher = cipher_for(tuple(settings.encryption_key_list))
                count = rotate_encryption_keys(session=session, cipher=cipher)
                message = f"re-encrypted {count} values with the primary key"
    except (ConflictError, ValueError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    finally:
        engine.dispose()
    sys.stdout.write(message + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
