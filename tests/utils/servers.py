"""Helpers for tests that start real servers: a free port, and whether a URL answers."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers(url: str) -> bool:
    """Whether `url` answers without a server error (a 503 "starting" is no answer yet)."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return int(response.status) < 500
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False
