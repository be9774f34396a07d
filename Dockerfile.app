# syntax=docker/dockerfile:1
# The product API: `docker build -f Dockerfile.app -t nexfitra-app .` (see deploy/README.md).
# Installs only the `app` extra: the API never imports torch or the ML packages.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

RUN groupadd --system --gid 10001 nexfitra \
    && useradd --system --create-home --uid 10001 --gid 10001 nexfitra
WORKDIR /srv/nexfitra

# Only what the API imports. An editable install keeps the code where it is copied, so Alembic finds
# app/migrations (a plain folder, not a package, which a regular wheel install would leave out).
COPY pyproject.toml README.md ./
COPY domain/ domain/
COPY catalogs/ catalogs/
COPY app/ app/
RUN pip install --editable '.[app]'

USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
