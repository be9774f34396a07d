#!/usr/bin/env bash
# The main job on embedded defaults, all under var/: the product API on SQLite, serving (plans from
# the local MLflow registry's @champion, or the exact planner until one is registered), the MLflow
# tracking server and registry on SQLite + local artefacts, and the Dagster UI on local storage.
#
# Ctrl-C (or SIGTERM) stops everything. Each service runs in a session of its own (setsid) and is
# stopped by signalling its whole process group: a background job of a non-interactive script
# inherits an ignored SIGINT, and `dagster dev` started that way ignored SIGINT and SIGTERM alike
# while its children ran on. The groups are listed in $STACK_PIDS_FILE (var/run/stack.pids) while
# the stack runs.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
HOST="${HOST:-127.0.0.1}"
API_PORT="${API_PORT:-8000}"
SERVING_PORT="${SERVING_PORT:-8001}"
MLFLOW_PORT="${MLFLOW_PORT:-5000}"
DAGSTER_PORT="${DAGSTER_PORT:-3000}"
STOP_GRACE="${STOP_GRACE:-10}"

MLFLOW_ARTIFACTS="${MLFLOW_ARTIFACTS:-$PWD/var/mlflow/artifacts}"
PIDS_FILE="${STACK_PIDS_FILE:-var/run/stack.pids}"
mkdir -p "$MLFLOW_ARTIFACTS" var/dagster "$(dirname "$PIDS_FILE")"
export DATABASE_URL="${DATABASE_URL:-sqlite:///var/nexfitra.db}"
export NEXFITRA_DATA_DIR="${NEXFITRA_DATA_DIR:-$PWD/data}"
export MLFLOW_TRACKING_URI="${MLFLOW_TRACKING_URI:-sqlite:///$PWD/var/mlflow/mlflow.db}"
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster}"
export SERVING_URL="${SERVING_URL:-http://$HOST:$SERVING_PORT}"
# Serving follows the registered notes reader's @champion (`make reader` trains, gates and
# registers one); SERVING_NOTES_READER=<folder> pins a reader folder instead.
NOTES_READER="the registered notes reader once \`make reader\` registers one (~10 min), each
  variant's model until then (/v1/models says which)"
if [[ -n "${SERVING_NOTES_READER:-}" ]]; then NOTES_READER="the reader pinned in $SERVING_NOTES_READER"; fi
mkdir -p "$DAGSTER_HOME"
touch "$DAGSTER_HOME/dagster.yaml"
: >"$PIDS_FILE"

groups=()
start() { # start NAME COMMAND...: run COMMAND as the leader of a new session and process group
  local name="$1"
  shift
  setsid "$@" &
  groups+=($!)
  echo "$name $!" >>"$PIDS_FILE"
}

any_alive() {
  local group
  for group in "${groups[@]}"; do kill -0 -- "-$group" 2>/dev/null && return 0; done
  return 1
}

wait_gone() { # wait_gone SECONDS: until every group has exited, or the time is up
  local _
  for _ in $(seq "$(($1 * 5))"); do
    any_alive || return 0
    sleep 0.2
  done
}

stop() {
  trap - EXIT INT TERM
  echo "stopping NexFitra..."
  for group in "${groups[@]}"; do kill -TERM -- "-$group" 2>/dev/null || true; done
  wait_gone "$STOP_GRACE"
  if any_alive; then
    echo "some services ignored SIGTERM for ${STOP_GRACE} s: killing them"
    for group in "${groups[@]}"; do kill -KILL -- "-$group" 2>/dev/null || true; done
    wait_gone 5
  fi
  wait 2>/dev/null || true
  rm -f "$PIDS_FILE"
  echo "stopped."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start api "$VENV/bin/uvicorn" app.main:app --host "$HOST" --port "$API_PORT"
# Serving reads the registry through the MLflow server, as in compose and Kubernetes; until that
# server answers, its watcher retries within seconds (no HTTP retries of its own) and the exact
# planner serves.
start serving env MLFLOW_TRACKING_URI="http://$HOST:$MLFLOW_PORT" MLFLOW_HTTP_REQUEST_MAX_RETRIES=0 \
  "$VENV/bin/uvicorn" serving.main:app --host "$HOST" --port "$SERVING_PORT"
start mlflow "$VENV/bin/mlflow" server --backend-store-uri "$MLFLOW_TRACKING_URI" \
  --artifacts-destination "$MLFLOW_ARTIFACTS" --host "$HOST" --port "$MLFLOW_PORT"
# No -m: `[tool.dagster]` in pyproject.toml names the module and the location ("nexfitra").
start dagster "$VENV/bin/dagster" dev -h "$HOST" -p "$DAGSTER_PORT"

cat <<MSG

  NexFitra is starting:
    web app                     http://$HOST:$API_PORT/
    product API + OpenAPI docs  http://$HOST:$API_PORT/docs
    serving (plans, A/B)        http://$HOST:$SERVING_PORT/docs  (models: /v1/models)
    MLflow (runs, registry)     http://$HOST:$MLFLOW_PORT
    Dagster (asset graph)       http://$HOST:$DAGSTER_PORT
  Serving answers with the exact planner until \`make pipeline\` registers a @champion, then
  picks the champion up by itself. Notes are read by $NOTES_READER.
  Ctrl-C stops everything.

MSG
# Any service exiting on its own ends the stack (and the EXIT trap stops the rest).
wait -n
