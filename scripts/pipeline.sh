#!/usr/bin/env bash
# Materialise the whole Dagster asset graph from the CLI, in dependency order, on one training
# profile (default `quick`): catalogs, sft_dataset, each lora_adapter partition, each
# candidate_eval partition with its blocking promotion gate and registered_version, then
# eval_comparison. Runs land in DAGSTER_HOME (var/dagster) and MLflow (var/mlflow), so they show in
# both UIs. A candidate whose evaluation or gate fails is reported and skipped; the script exits
# non-zero at the end if any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
export NEXFITRA_TRAINING_PROFILE="${NEXFITRA_TRAINING_PROFILE:-quick}"
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster}"
PROFILES="${PROFILES:-160}"                 # planned profiles: ~125 train, ~16 test plan rows
READING_PROFILES="${READING_PROFILES:-1000}" # reading: ~1250 train sentences, ~85 test notes
EVAL_EXAMPLES="${EVAL_EXAMPLES:-12}" # test rows each candidate (and its baselines) is run on
mkdir -p "$DAGSTER_HOME" var/mlflow/artifacts
[ -f "$DAGSTER_HOME/dagster.yaml" ] || touch "$DAGSTER_HOME/dagster.yaml"
CONFIGS="$(mktemp -d)"
trap 'rm -rf "$CONFIGS"' EXIT
printf 'ops:\n  sft_dataset:\n    config:\n      profiles: %s\n      reading_profiles: %s\n' \
  "$PROFILES" "$READING_PROFILES" >"$CONFIGS/data.yaml"
printf 'ops:\n  candidate_eval:\n    config:\n      max_examples: %s\n' "$EVAL_EXAMPLES" \
  >"$CONFIGS/eval.yaml"
FAILED=()

stage() { # stage NAME DAGSTER-ARGS...: one materialisation, timed, progress in the log
  local name="$1" started=$SECONDS
  shift
  echo "== $(date +%T) $name: start"
  if "$VENV/bin/dagster" asset materialize -m pipelines.definitions "$@"; then
    echo "== $(date +%T) $name: done in $((SECONDS - started)) s"
  else
    echo "== $(date +%T) $name: FAILED after $((SECONDS - started)) s"
    FAILED+=("$name")
    return 1
  fi
}

CANDIDATES="$("$VENV/bin/python" -c 'import os
from training.registry import list_candidates
print(" ".join(list_candidates(os.environ["NEXFITRA_TRAINING_PROFILE"])))')"
echo "== profile $NEXFITRA_TRAINING_PROFILE, candidates: $CANDIDATES"

stage catalogs --select 'food_catalog,exercise_catalog' || exit 1
stage sft_dataset --select sft_dataset -c "$CONFIGS/data.yaml" || exit 1
for candidate in $CANDIDATES; do
  stage "lora_adapter[$candidate]" --select lora_adapter --partition "$candidate"
done
for candidate in $CANDIDATES; do
  # One run, so the blocking promotion gate stops registration of a failing candidate.
  stage "candidate_eval+registered_version[$candidate]" \
    --select 'candidate_eval,registered_version' --partition "$candidate" -c "$CONFIGS/eval.yaml"
done
stage eval_comparison --select eval_comparison

if ((${#FAILED[@]})); then
  echo "== failed stages: ${FAILED[*]}"
  exit 1
fi
echo "== all stages materialised"
