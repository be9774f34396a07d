"""Measure one ONNX build's reading on the hand-written notes: `python -m evaluation.handwritten`.

Prints the per-tag table (exact and unsafe rates with Wilson 95 % intervals) and the overall
`hand_reading_*` metrics, and leaves the per-note JSONL and the table in `--out`.

Examples:
    python -m evaluation.handwritten --onnx-dir .../export/onnx-int8 --name smollm2
    python -m evaluation.handwritten --alias champion
    python -m evaluation.handwritten --alias challenger --limit 40 --out var/handwritten
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mlflow import MlflowClient

from evaluation.handwritten.breakdown import write_breakdown
from evaluation.handwritten.loader import NOTES_FILE, load_hand_notes
from evaluation.harness import breakdown_path, read_reading_results, reading_path, run_readers
from evaluation.metrics.reading import HAND_PREFIX
from evaluation.proposers import RuntimeReader
from evaluation.registry import RegistryError, download_onnx
from evaluation.registry.names import ALIASES, DEFAULT_TRACKING_URI, MODEL_NAME
from serving.engine.runtimes.ort import OnnxRuntime


@dataclass(frozen=True)
class Measured:
    """What one run measured, and where its files are."""

    name: str
    metrics: dict[str, float]
    table: str
    results: Path
    breakdown: Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.handwritten",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build = parser.add_mutually_exclusive_group(required=True)
    build.add_argument("--onnx-dir", type=Path, help="an onnxruntime-genai build folder")
    build.add_argument("--alias", choices=ALIASES, help="the ONNX build of this registry alias")
    parser.add_argument(
        "--tracking-uri",
        default=os.environ.get("MLFLOW_TRACKING_URI", DEFAULT_TRACKING_URI),
        help="MLflow registry of --alias (default: $MLFLOW_TRACKING_URI or %(default)s)",
    )
    parser.add_argument("--model", default=MODEL_NAME, help="registered model of --alias")
    parser.add_argument("--name", help="label in results (default: the alias or folder name)")
    parser.add_argument("--notes", type=Path, default=NOTES_FILE, help="the notes (YAML)")
    parser.add_argument("--limit", type=int, help="read only the first N notes")
    parser.add_argument("--out", type=Path, default=Path("var/handwritten"), help="output folder")
    parser.add_argument(
        "--unguided", action="store_true", help="decode freely instead of under the schema"
    )
    return parser


def run(argv: list[str] | None = None) -> Measured:
    """Read the notes with the chosen build and write the results; see the module docstring.

    Raises:
        RegistryError: If `--alias` is not set or its version has no ONNX build.
        HandNotesError: If the notes file is malformed.
    """
    args = _parser().parse_args(argv)
    if args.limit is not None and args.limit <= 0:
        raise SystemExit(f"--limit must be > 0, got {args.limit}")
    notes = load_hand_notes(args.notes)[: args.limit]
    name = args.name or args.alias or args.onnx_dir.name
    with tempfile.TemporaryDirectory() as tmp:
        onnx_dir = args.onnx_dir
        if onnx_dir is None:
            client = MlflowClient(args.tracking_uri, registry_uri=args.tracking_uri)
            onnx_dir = download_onnx(client, args.alias, Path(tmp), name=args.model)
        reader = RuntimeReader(OnnxRuntime(onnx_dir, name=name), guided=not args.unguided)
        metrics = run_readers([reader], notes, out_dir=args.out, prefix=HAND_PREFIX)[name]
    results = reading_path(args.out, name, prefix=HAND_PREFIX)
    breakdown = breakdown_path(args.out, name)
    table = write_breakdown(notes, read_reading_results(results), breakdown)
    return Measured(name, metrics, table, results, breakdown)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        measured = run()
    except RegistryError as error:
        sys.exit(f"error: {error}")
    sys.stdout.write(
        f"{measured.table}\n{json.dumps(measured.metrics, indent=2)}\n"
        f"per note: {measured.results}\nper tag: {measured.breakdown}\n"
    )


if __name__ == "__main__":
    main()
