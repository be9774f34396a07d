"""Metadata helpers shared by assets."""

from __future__ import annotations

import base64
from pathlib import Path

import dagster as dg


def inline_png(title: str, path: Path) -> dg.MarkdownMetadataValue:
    """A PNG as a markdown data URI: the UI's browser will not load `file://` images."""
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return dg.MetadataValue.md(f"![{title}](data:image/png;base64,{encoded})")
