"""Readers compared on the same notes: rates from the shared reading metrics, time per note."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from domain.plan.reading import NOTHING_READ, NotesReading
from domain.profile import Allergen, Diet
from evaluation.examples import ReadingExample
from evaluation.handwritten import load_hand_notes
from evaluation.handwritten.loader import HOLDOUT_FILE
from evaluation.metrics.reading import wilson_interval
from evaluation.reader_comparison import compare_readers, main
from tests.utils.tiny_reader import train_tiny_reader
from training.reader_head.config import MANIFEST_FILE, ReaderManifest

MILK = NotesReading(allergies=frozenset({Allergen.milk}))
VEGAN = NotesReading(diets=frozenset({Diet.vegan}))
EXAMPLES = [
    ReadingExample("a", "No milk.", MILK),
    ReadingExample("b", "I am vegan.", VEGAN),
    ReadingExample("c", "I like mornings.", NOTHING_READ),
    ReadingExample(
        "d", "No milk. Vegan too.", MILK.model_copy(update={"diets": frozenset({Diet.vegan})})
    ),
]


def test_rates_count_notes_read_exactly_and_unsafely() -> None:
    truth = {example.notes: example.target for example in EXAMPLES}
    report = compare_readers(
        {"perfect": truth.__getitem__, "blind": lambda notes: NOTHING_READ}, EXAMPLES
    )
    assert report["perfect"]["reading_exact_rate"] == 1.0
    assert report["perfect"]["reading_unsafe_rate"] == 0.0
    blind = report["blind"]
    assert blind["reading_examples"] == 4
    assert blind["reading_exact_rate"] == 0.25  # only the note that states nothing
    assert blind["reading_unsafe_rate"] == 0.75  # a missed allergy or diet in the others
    assert blind["reading_unsafe_upper95"] == pytest.approx(wilson_interval(3, 4)[1])


def test_an_over_cautious_reading_is_inexact_but_safe() -> None:
    cautious = MILK.model_copy(update={"allergies": frozenset({Allergen.milk, Allergen.egg})})
    report = compare_readers({"cautious": lambda notes: cautious}, EXAMPLES[:1])
    assert report["cautious"]["reading_exact_rate"] == 0.0
    assert report["cautious"]["reading_unsafe_rate"] == 0.0


def test_each_note_is_timed_after_one_untimed_warm_up() -> None:
    calls: list[str] = []

    def slow(notes: str) -> NotesReading:
        calls.append(notes)
        time.sleep(0.02 if notes == EXAMPLES[-1].notes else 0.005)
        return NOTHING_READ

    metrics = compare_readers({"slow": slow}, EXAMPLES)["slow"]
    assert calls == [EXAMPLES[0].notes] + [example.notes for example in EXAMPLES]
    # Three 5 ms notes and one of 20 ms: p50 is a short note, p95 interpolates to >= 17.75 ms.
    assert 5 <= metrics["ms_per_note_p50"] < 17.75 <= metrics["ms_per_note_p95"]


def test_no_examples_is_an_error() -> None:
    with pytest.raises(ValueError, match="no reading examples"):
        compare_readers({"blind": lambda notes: NOTHING_READ}, [])


@pytest.fixture(scope="module")
def reader_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tiny_reader(tmp_path_factory.mktemp("tiny-reader"))


def test_cli_reports_each_split_of_the_readers_own_rows(
    reader_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--reader", str(reader_dir), "--splits", "train", "test", "--threads", "1"])
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"train", "test"}
    for split in report.values():
        metrics = split["minilm-heads"]
        assert metrics["reading_examples"] > 0
        assert 0 <= metrics["reading_exact_rate"] <= 1
        assert 0 < metrics["ms_per_note_p50"] <= metrics["ms_per_note_p95"]


def test_cli_reports_the_hand_written_notes(
    reader_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--reader", str(reader_dir), "--splits", "handwritten", "holdout", "--threads", "1"])
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"handwritten", "holdout"}
    assert report["handwritten"]["minilm-heads"]["reading_examples"] == len(load_hand_notes())
    held_out = len(load_hand_notes(HOLDOUT_FILE))
    assert report["holdout"]["minilm-heads"]["reading_examples"] == held_out


def test_cli_refuses_rows_the_reader_was_not_trained_on(
    reader_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = ReaderManifest.model_validate_json((reader_dir / MANIFEST_FILE).read_bytes())
    other = tmp_path / "other"
    other.mkdir()
    altered = manifest.model_copy(update={"dataset": {**manifest.dataset, "seed": 1}})
    (other / MANIFEST_FILE).write_text(altered.model_dump_json())
    with pytest.raises(SystemExit):
        main(["--reader", str(other)])
    assert "differ from those the reader was trained on" in capsys.readouterr().err
