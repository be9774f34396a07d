#!/usr/bin/env bash
# Train, evaluate and gate the dedicated notes reader through Dagster: the catalogs, then the
# `reader` group in one run (notes_reader, notes_reader_eval with its blocking reader_gate,
# registered_reader), into DAGSTER_HOME (var/dagster) and MLflow (var/mlflow). A reader that
# passes becomes nexfitra-notes-reader@champion, the version serving loads; one the gate refuses
# is reported and not registered. Exits non-zero if a stage failed for another reason.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/stages.sh

stage catalogs --select 'food_catalog,exercise_catalog' || exit 1
reader_stage
finish nexfitra-notes-reader
