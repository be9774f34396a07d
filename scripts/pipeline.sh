#!/usr/bin/env bash
# Materialise the whole Dagster asset graph from the CLI, in dependency order, on one training
# profile (default `quick`): catalogs, the notes reader group (notes_reader, notes_reader_eval with
# its blocking reader_gate, registered_reader), sft_dataset, each lora_adapter partition (SFT
# before DPO), each candidate_eval partition with its blocking promotion gate and
# registered_version, then eval_comparison. Runs land in DAGSTER_HOME (var/dagster) and MLflow
# (var/mlflow), so they show in both UIs. A reader or candidate its gate refuses is reported and
# not registered; that is the gate working, not a failure. The script exits non-zero at the end if
# any stage failed otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/stages.sh

PROFILES="${PROFILES:-180}"                 # planned profiles: ~145 train, ~18 test plan rows
READING_PROFILES="${READING_PROFILES:-1000}" # reading: ~2180 train sentences (~810 state a constraint), ~94 test notes
TEST_PROFILES="${TEST_PROFILES:-48}" # planned into test rows only: ~64 test forms, no training cost
EVAL_EXAMPLES="${EVAL_EXAMPLES:-64}" # test rows each candidate (and its baselines) is run on, ~8 s each
printf 'ops:\n  sft_dataset:\n    config:\n      profiles: %s\n      reading_profiles: %s\n      test_profiles: %s\n' \
  "$PROFILES" "$READING_PROFILES" "$TEST_PROFILES" >"$CONFIGS/data.yaml"
printf 'ops:\n  candidate_eval:\n    config:\n      max_examples: %s\n' "$EVAL_EXAMPLES" \
  >"$CONFIGS/eval.yaml"
# CANDIDATES="smollm2_135m-lora_sft" trains and evaluates only the named ones. Either way they run
# SFT parents first: a lora_dpo partition starts from its lora_sft partition's adapter.
CANDIDATES="$(CANDIDATES="${CANDIDATES:-}" "$VENV/bin/python" -c 'import os
from training.registry import in_training_order, list_candidates
named = os.environ["CANDIDATES"].split()
print(" ".join(in_training_order(named or list_candidates(os.environ["NEXFITRA_TRAINING_PROFILE"]))))')"
echo "== profile $NEXFITRA_TRAINING_PROFILE, candidates: $CANDIDATES"

stage catalogs --select 'food_catalog,exercise_catalog' || exit 1
reader_stage
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

finish nexfitra-planner nexfitra-notes-reader
