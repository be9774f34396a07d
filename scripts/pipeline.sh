#!/usr/bin/env bash
# Materialise the whole Dagster asset graph from the CLI, in dependency order, on one training
# profile (default `quick`): catalogs, sft_dataset, each lora_adapter partition (SFT before DPO), each
# candidate_eval partition with its blocking promotion gate and registered_version, then
# eval_comparison. Runs land in DAGSTER_HOME (var/dagster) and MLflow (var/mlflow), so they show in
# both UIs. A candidate the promotion gate refuses is reported and not registered; that is the
# gate working, not a failure. The script exits non-zero at the end if any stage failed otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
export NEXFITRA_TRAINING_PROFILE="${NEXFITRA_TRAINING_PROFILE:-quick}"
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster}"
PROFILES="${PROFILES:-180}"                 # planned profiles: ~145 train, ~18 test plan rows
READING_PROFILES="${READING_PROFILES:-1000}" # reading: ~2180 train sentences (~810 state a constraint), ~94 test notes
EVAL_EXAMPLES="${EVAL_EXAMPLES:-16}" # test rows each candidate (and its baselines) is run on
mkdir -p "$DAGSTER_HOME" var/mlflow/artifacts
[ -f "$DAGSTER_HOME/dagster.yaml" ] || touch "$DAGSTER_HOME/dagster.yaml"
CONFIGS="$(mktemp -d)"
trap 'rm -rf "$CONFIGS"' EXIT
printf 'ops:\n  sft_dataset:\n    config:\n      profiles: %s\n      reading_profiles: %s\n' \
  "$PROFILES" "$READING_PROFILES" >"$CONFIGS/data.yaml"
printf 'ops:\n  candidate_eval:\n    config:\n      max_examples: %s\n' "$EVAL_EXAMPLES" \
  >"$CONFIGS/eval.yaml"
FAILED=()
REFUSED=()

refused_by_gate() { # refused_by_gate LOG: the run failed only because the gate did not pass
  grep -q "Asset check 'promotion_gate' on 'candidate_eval' did not pass" "$1" &&
    ! grep -q 'Execution of step "candidate_eval" failed' "$1"
}

stage() { # stage NAME DAGSTER-ARGS...: one materialisation, timed, progress in the log
  local name="$1" started=$SECONDS log="$CONFIGS/stage.log"
  shift
  echo "== $(date +%T) $name: start"
  if "$VENV/bin/dagster" asset materialize -m pipelines.definitions "$@" 2>&1 | tee "$log"; then
    echo "== $(date +%T) $name: done in $((SECONDS - started)) s"
  elif refused_by_gate "$log"; then
    echo "== $(date +%T) $name: evaluated, REFUSED by the promotion gate (not registered)"
    REFUSED+=("$name")
  else
    echo "== $(date +%T) $name: FAILED after $((SECONDS - started)) s"
    FAILED+=("$name")
    return 1
  fi
}

# CANDIDATES="smollm2_135m-lora_sft" trains and evaluates only the named ones. Either way they run
# SFT parents first: a lora_dpo partition starts from its lora_sft partition's adapter.
CANDIDATES="$(CANDIDATES="${CANDIDATES:-}" "$VENV/bin/python" -c 'import os
from training.registry import in_training_order, list_candidates
named = os.environ["CANDIDATES"].split()
print(" ".join(in_training_order(named or list_candidates(os.environ["NEXFITRA_TRAINING_PROFILE"]))))')"
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

if ((${#REFUSED[@]})); then
  echo "== refused by the promotion gate: ${REFUSED[*]}"
fi
"$VENV/bin/python" -m evaluation.registry show
if ((${#FAILED[@]})); then
  echo "== failed stages: ${FAILED[*]}"
  exit 1
fi
echo "== all stages materialised"
