"""Authenticated read throughput of the product API against a no-auth, no-DB baseline.

Run: TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test \
    .venv/bin/python bench/bench_api_read.py [--requests 2000] [--concurrency 4]

Starts `uvicorn app.main:app` (one worker) on PostgreSQL in a private schema, registers a user,
then a second process loads each endpoint over loopback and reports requests/s, p50 and p99,
and each endpoint's throughput as a ratio of GET /healthz measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import httpx
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_DB = "postgresql+psycopg://postgres@127.0.0.1:5432/nexfitra_test"
ENDPOINTS = ("/healthz", "/api/v1/me/profile", "/api/v1/me/targets", "/api/v1/me/weights?limit=20")
PASSWORD = "benchmark password"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def private_schema(base_url: str) -> Iterator[str]:
    """A throwaway schema; yields a URL whose connections use it."""
    schema = f"bench_{os.getpid()}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def uvicorn_server(database_url: str) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ENVIRONMENT": "test",
        "SECRET_KEY": Fernet.generate_key().decode(),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", "1", "--log-level", "warning", "--no-access-log"]
    server = subprocess.Popen(command, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("uvicorn did not become ready within 30 s")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def seed_user(base: str) -> str:
    """Register a user with a full profile and 20 weights; return an access token."""
    with httpx.Client(base_url=base) as client:
        client.post("/api/v1/auth/register", json={"email": "b@example.com", "password": PASSWORD})
        token = client.post(
            "/api/v1/auth/login", data={"username": "b@example.com", "password": PASSWORD}
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        profile = {
            "sex": "male",
            "age": 35,
            "height_cm": 180,
            "weight_kg": 82,
            "activity_level": "moderate",
            "goal": "lose_fat",
            "notes": "bench",
        }
        client.put("/api/v1/me/profile", headers=headers, json=profile).raise_for_status()
        for day in range(20):
            when = (date.today() - timedelta(days=day)).isoformat()
            weight = {"weight_kg": 82 - day * 0.05, "measured_on": when}
            client.post("/api/v1/me/weights", headers=headers, json=weight).raise_for_status()
        return str(token)


async def _load(
    base: str, path: str, token: str, requests: int, concurrency: int, seconds: float
) -> tuple[int, float, list[float]]:
    headers = {"Authorization": f"Bearer {token}"}
    latencies: list[float] = []
    remaining = requests
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits) as client:
        for _ in range(20):  # warm-up: connections, caches, the catalog-free code paths
            (await client.get(path)).raise_for_status()
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0 and time.perf_counter() < deadline:
                remaining -= 1
                start = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - start)
                response.raise_for_status()

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return len(latencies), elapsed, latencies


Result = tuple[str, tuple[int, float, list[float]]]


def _load_process(
    base: str, token: str, args: argparse.Namespace, out: multiprocessing.Queue[Result]
) -> None:
    for path in ENDPOINTS:
        out.put(
            (
                path,
                asyncio.run(
                    _load(base, path, token, args.requests, args.concurrency, args.seconds)
                ),
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=4, help="concurrent connections")
    parser.add_argument("--seconds", type=float, default=15.0, help="time cap per endpoint")
    args = parser.parse_args()
    base_db = os.environ.get("TEST_DATABASE_URL", DEFAULT_DB)
    with private_schema(base_db) as database_url, uvicorn_server(database_url) as base:
        token = seed_user(base)
        queue: multiprocessing.Queue[Result] = multiprocessing.get_context("spawn").Queue()
        loader = multiprocessing.get_context("spawn").Process(
            target=_load_process, args=(base, token, args, queue)
        )
        loader.start()
        results = dict(queue.get() for _ in ENDPOINTS)
        loader.join()
    print(
        f"uvicorn app.main:app, 1 worker, PostgreSQL; load: 1 process, "
        f"{args.concurrency} connections, <= {args.requests} requests or {args.seconds:g} s each"
    )
    print(
        f"{'endpoint':32} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'vs healthz':>11}"
    )
    baseline = results["/healthz"][0] / results["/healthz"][1]
    for path, (count, elapsed, latencies) in results.items():
        rate = count / elapsed
        cuts = statistics.quantiles(latencies, n=100)
        print(
            f"{path:32} {count:8d} {rate:8.0f} {cuts[49] * 1e3:8.2f} {cuts[98] * 1e3:8.2f} "
            f"{rate / baseline:10.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
