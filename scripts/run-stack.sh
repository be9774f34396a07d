#!/usr/bin/env bash
# The main job on embedded defaults: the product API on SQLite, the MLflow tracking server and
# registry on SQLite + local artefacts, and the Dagster UI on local instance storage, all under var/.
# Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
HOST="${HOST:-127.0.0.1}"
API_PORT="${API_PORT:-8000}"
MLFLOW_PORT="${MLFLOW_PORT:-5000}"
DAGSTER_PORT="${DAGSTER_PORT:-3000}"

mkdir -p var/mlflow/artifacts var/dagster
export DATABASE_URL="${DATABASE_URL:-sqlite:///var/nexfitra.db}"
export NEXFITRA_DATA_DIR="${NEXFITRA_DATA_DIR:-$PWD/data}"
export MLFLOW_TRACKING_URI="${MLFLOW_TRACKING_URI:-sqlite:///$PWD/var/mlflow/mlflow.db}"
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster}"
touch "$DAGSTER_HOME/dagster.yaml"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

"$VENV/bin/uvicorn" app.main:app --host "$HOST" --port "$API_PORT" &
pids+=($!)
"$VENV/bin/mlflow" server --backend-store-uri "$MLFLOW_TRACKING_URI" \
  --artifacts-destination "$PWD/var/mlflow/artifacts" --host "$HOST" --port "$MLFLOW_PORT" &
pids+=($!)
# No -m: `[tool.dagster]` in pyproject.toml names the module and the location ("nexfitra").
"$VENV/bin/dagster" dev -h "$HOST" -p "$DAGSTER_PORT" &
pids+=($!)

cat <<MSG

  NexFitra is starting:
    web app                     http://$HOST:$API_PORT/
    product API + OpenAPI docs  http://$HOST:$API_PORT/docs
    MLflow (runs, registry)     http://$HOST:$MLFLOW_PORT
    Dagster (asset graph)       http://$HOST:$DAGSTER_PORT
  Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
