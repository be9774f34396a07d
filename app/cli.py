"""Operator commands (`python -m app.cli -h`): `create-admin`, `rotate-encryption-keys`,
`backup` and `restore`.

All read the same environment as the API (DATABASE_URL, ENCRYPTION_KEYS, ...); `backup` and
`restore` need only the database and MLflow locations, so they run without the API's secrets.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.backup import BackupError, backup, restore
from app.core.config import Settings, get_settings
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


def _add_backup_locations(parser: argparse.ArgumentParser) -> None:
    default_url = os.environ.get("DATABASE_URL", Settings.model_fields["database_url"].default)
    parser.add_argument(
        "--database-url", default=default_url, help="product database (default: $DATABASE_URL)"
    )
    parser.add_argument(
        "--mlflow-db",
        default=os.environ.get("MLFLOW_BACKEND_STORE_URI"),
        help="MLflow's backend store URL (default: $MLFLOW_BACKEND_STORE_URI; none: skipped)",
    )
    parser.add_argument(
        "--mlflow-artifacts",
        type=Path,
        default=os.environ.get("MLFLOW_ARTIFACTS_DESTINATION"),
        help="MLflow's artefact folder (default: $MLFLOW_ARTIFACTS_DESTINATION; none: skipped)",
    )
    parser.add_argument(
        "--extra-database",
        action="append",
        default=[],
        metavar="NAME=URL",
        help="another database to include, e.g. dagster=postgresql://... (repeatable)",
    )


def _backup_or_restore(args: argparse.Namespace) -> str:
    databases = {"product": args.database_url}
    if args.mlflow_db:
        databases["mlflow"] = args.mlflow_db
    for extra in args.extra_database:
        name, separator, url = extra.partition("=")
        if not (name and separator and url) or name in databases:
            raise BackupError(f"--extra-database wants a new NAME=URL, got {extra!r}")
        databases[name] = url
    folders = {"mlflow-artifacts": args.mlflow_artifacts} if args.mlflow_artifacts else {}
    manifest: dict[str, Any]
    if args.command == "backup":
        manifest = backup(target=args.to, databases=databases, folders=folders)
        done, where = "backed up", f"into {args.to}"
    else:
        manifest = restore(source=args.source, databases=databases, folders=folders)
        done, where = "restored", f"from {args.source} (row and file counts checked)"
    parts = [
        f"{name} ({sum(part['rows'].values())} rows)"
        for name, part in manifest["databases"].items()
    ] + [f"{name} ({part['files']} files)" for name, part in manifest["folders"].items()]
    return f"{done} {', '.join(parts)} {where}"


def _parser() -> argparse.ArgumentParser:
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
    backup_parser = commands.add_parser(
        "backup", help="back up the product database and MLflow's store into a new folder"
    )
    backup_parser.add_argument("--to", type=Path, required=True, help="a new or empty folder")
    _add_backup_locations(backup_parser)
    restore_parser = commands.add_parser(
        "restore", help="replace the product database and MLflow's store with a backup"
    )
    restore_parser.add_argument(
        "--from", dest="source", type=Path, required=True, help="a folder `backup` wrote"
    )
    _add_backup_locations(restore_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one operator command; returns the process exit status."""
    args = _parser().parse_args(argv)
    if args.command in ("backup", "restore"):
        try:
            message = _backup_or_restore(args)
        except BackupError as exc:
            sys.stderr.write(f"error: {exc}\n")
            return 1
        sys.stdout.write(message + "\n")
        return 0
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
