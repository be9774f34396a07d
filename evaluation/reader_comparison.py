"""Compare notes readers per millisecond: exact and unsafe rates, milliseconds per note.

Issue #14 asks whether a dedicated reader (linear heads on MiniLM sentence embeddings,
`serving.engine.head_reader`) reads notes better per millisecond than the fine-tuned LLM. Any
reader is a function from a note to its merged reading; each note is timed around that call
alone. The CLI scores a trained reader folder on the generated notes of the splits it names
(`train` next to `test` shows over- or underfitting) and on the hand-written notes of
`evaluation.handwritten`, the sets that say how it reads what people write: `handwritten` (the
development set) and `holdout` (never looked at while developing, so its figures do not flatter).

    python -m evaluation.reader_comparison --reader var/reader_head --splits handwritten holdout
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from catalogs.store import load_catalog
from domain.catalog import Catalog
from domain.plan.reading import NotesReading
from evaluation.examples import ReadingExample, reading_examples_from_rows
from evaluation.handwritten import load_hand_notes
from evaluation.handwritten.loader import HOLDOUT_FILE, NOTES_FILE
from evaluation.metrics.aggregate import percentile
from evaluation.metrics.reading import ReadingResult, aggregate_reading, unsafe_misreads
from serving.engine.head_reader import HeadNotesReader
from training.reader_head.config import ReaderManifest, default_data_dir, rows_hash
from training.sft_data.examples import Row, build_reading_splits

HANDWRITTEN = "handwritten"
"""The `--splits` choice for the hand-written development notes."""
HOLDOUT = "holdout"
"""The `--splits` choice for the held-out hand-written notes (reported, never tuned on)."""
HAND_SETS = {HANDWRITTEN: NOTES_FILE, HOLDOUT: HOLDOUT_FILE}

Reader = Callable[[str], NotesReading]
"""A whole note in, its merged reading out (e.g. `lambda n: HeadNotesReader(...).read(n)[0]`)."""


def read_timed(name: str, reader: Reader, example: ReadingExample) -> ReadingResult:
    """One note read and scored; `latency_s` is the wall time of the read alone."""
    start = time.perf_counter()
    read = reader(example.notes)
    seconds = time.perf_counter() - start
    return ReadingResult(
        example_id=example.id,
        candidate=name,
        notes=example.notes,
        output=read.model_dump_json(),
        exact=read == example.target,
        unsafe=unsafe_misreads(read, example.target),
        latency_s=seconds,
    )


def summarise(results: Sequence[ReadingResult], *, prefix: str = "") -> dict[str, float]:
    """`aggregate_reading`'s rates and bound, plus milliseconds per note at p50 and p95.

    Args:
        results: One reader's results over one set of notes.
        prefix: Put before every metric name (`HAND_PREFIX` for the hand-written notes).

    Raises:
        ValueError: If `results` is empty.
    """
    milliseconds = [1000 * r.latency_s for r in results]
    return {
        **aggregate_reading(results, prefix=prefix),
        f"{prefix}ms_per_note_p50": percentile(milliseconds, 50),
        f"{prefix}ms_per_note_p95": percentile(milliseconds, 95),
    }


def read_all(name: str, reader: Reader, examples: Sequence[ReadingExample]) -> list[ReadingResult]:
    """Every note read and scored in turn, after one untimed read of the first (warm-up).

    Raises:
        ValueError: If there are no examples.
    """
    if not examples:
        raise ValueError("no reading examples to compare readers on")
    reader(examples[0].notes)
    return [read_timed(name, reader, example) for example in examples]


def compare_readers(
    readers: Mapping[str, Reader], examples: Sequence[ReadingExample]
) -> dict[str, dict[str, float]]:
    """Every reader on every note (`read_all`), one reader after the other.

    Args:
        readers: Reader name to reader.
        examples: The notes and their target readings.

    Returns:
        Reader name to `summarise`'s metrics.

    Raises:
        ValueError: If there are no examples.
    """
    return {name: summarise(read_all(name, reader, examples)) for name, reader in readers.items()}


def training_rows(manifest: ReaderManifest, catalog: Catalog) -> dict[str, list[Row]]:
    """The `read` rows a reader folder was trained on, rebuilt from its manifest.

    Raises:
        ValueError: If the rebuilt rows differ from those the reader was trained on (another
            catalog or generator).
    """
    rows = build_reading_splits(catalog, manifest.dataset_spec())
    if rows_hash(rows) != manifest.rows_hash:
        raise ValueError("the rebuilt rows differ from those the reader was trained on")
    return rows


def main(argv: list[str] | None = None) -> None:
    """CLI: a trained reader folder on the generated notes of its own dataset, split by split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", type=Path, required=True, help="folder training wrote")
    parser.add_argument(
        "--splits",
        nargs="+",
        default=["test", HANDWRITTEN],
        choices=["train", "validation", "test", *HAND_SETS],
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="catalog folder")
    parser.add_argument("--threads", type=int, default=None, help="onnxruntime intra-op threads")
    args = parser.parse_args(argv)
    manifest = ReaderManifest.load(args.reader)
    try:
        rows = training_rows(manifest, load_catalog(args.data_dir or default_data_dir()))
    except ValueError as error:
        parser.error(str(error))
    reader = HeadNotesReader.load(args.reader, threads=args.threads)
    examples: dict[str, Sequence[ReadingExample]] = {
        split: reading_examples_from_rows(rows[split]) for split in args.splits if split in rows
    }
    for name, path in HAND_SETS.items():
        if name in args.splits:
            examples[name] = load_hand_notes(path)
    report = {
        split: compare_readers({"minilm-heads": lambda note: reader.read(note)[0]}, notes)
        for split, notes in examples.items()
    }
    sys.stdout.write(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
