#!/usr/bin/env bash
# Make sure the PostgreSQL server behind $1 (a SQLAlchemy URL) answers, and that its database exists.
# Starts the local Debian cluster when nothing listens; CI machines and fresh checkouts need that.
set -euo pipefail
url="${1:?usage: ensure-postgres.sh postgresql+psycopg://user@host:port/dbname}"
plain="${url/+psycopg/}"
db="${plain##*/}"
server="${plain%/*}/postgres"

if ! pg_isready -d "$server" -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "PostgreSQL is not answering; starting the local cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -d "$server" -q && break; sleep 1; done
  fi
fi
pg_isready -d "$server" -q || { echo "PostgreSQL at $server does not answer" >&2; exit 1; }

if [ "$(psql "$server" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  psql "$server" -qc "CREATE DATABASE \"$db\""
  echo "created database $db"
fi
