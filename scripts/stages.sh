# Sourced by pipeline.sh and reader.sh: the Dagster and MLflow stores under var/, and `stage`,
# one timed `dagster asset materialize` run. A run that fails only because a blocking gate refused
# what it evaluated is the gate working: it is listed as refused, not failed. `finish` reports.
VENV="${VENV:-.venv}"
export NEXFITRA_TRAINING_PROFILE="${NEXFITRA_TRAINING_PROFILE:-quick}"
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/var/dagster}"
mkdir -p "$DAGSTER_HOME" var/mlflow/artifacts
[ -f "$DAGSTER_HOME/dagster.yaml" ] || touch "$DAGSTER_HOME/dagster.yaml"
CONFIGS="$(mktemp -d)"
trap 'rm -rf "$CONFIGS"' EXIT
FAILED=()
REFUSED=()
GATES=("promotion_gate:candidate_eval" "reader_gate:notes_reader_eval") # check:asset

refused_by_gate() { # refused_by_gate LOG: the run failed only because a blocking gate did not pass
  local gate check asset
  for gate in "${GATES[@]}"; do
    check="${gate%%:*}" asset="${gate#*:}"
    if grep -q "Asset check '$check' on '$asset' did not pass" "$1" &&
      ! grep -q "Execution of step \"$asset\" failed" "$1"; then
      return 0
    fi
  done
  return 1
}

stage() { # stage NAME DAGSTER-ARGS...: one materialisation, timed, progress in the log
  local name="$1" started=$SECONDS log="$CONFIGS/stage.log"
  shift
  echo "== $(date +%T) $name: start"
  if "$VENV/bin/dagster" asset materialize -m pipelines.definitions "$@" 2>&1 | tee "$log"; then
    echo "== $(date +%T) $name: done in $((SECONDS - started)) s"
  elif refused_by_gate "$log"; then
    echo "== $(date +%T) $name: evaluated, REFUSED by its gate (not registered)"
    REFUSED+=("$name")
  else
    echo "== $(date +%T) $name: FAILED after $((SECONDS - started)) s"
    FAILED+=("$name")
    return 1
  fi
}

reader_stage() { # the reader group in one run: the blocking reader gate stops registration
  stage reader --select 'notes_reader,notes_reader_eval,registered_reader' \
    ${READER_CONFIG:+-c "$READER_CONFIG"} # READER_CONFIG: a run config file, e.g. fewer epochs
}

finish() { # finish MODEL...: the refusals, each registered model's aliases, and the exit status
  local model
  if ((${#REFUSED[@]})); then
    echo "== refused by a gate: ${REFUSED[*]}"
  fi
  for model in "$@"; do
    "$VENV/bin/python" -m evaluation.registry --name "$model" show
  done
  if ((${#FAILED[@]})); then
    echo "== failed stages: ${FAILED[*]}"
    exit 1
  fi
  echo "== all stages materialised"
}
