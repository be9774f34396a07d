"""The recipe fits on train, tunes on validation, and writes what serving reads without torch."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from catalogs.store import load_catalog
from domain.plan.reading import NotesReading
from domain.plan.reading_head import ENCODER_FILE, HEAD_FILE
from serving.engine.head_reader import HeadNotesReader, OnnxSentenceEncoder
from tests.utils.reading_head import keyword_embed
from tests.utils.tiny_reader import ROOT, train_tiny_reader
from training.reader_head.config import MANIFEST_FILE, ReaderHeadConfig, ReaderManifest, rows_hash
from training.reader_head.encoder import SentenceEncoder
from training.reader_head.recipe import fit_reader, main
from training.sft_data.examples import build_reading_splits

Rows = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def rows() -> Rows:
    catalog = load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data"))))
    config = ReaderHeadConfig(output_dir=Path("unused"), reading_profiles=40)
    return build_reading_splits(catalog, config.dataset_spec())


@pytest.fixture(scope="module")
def reader_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tiny_reader(tmp_path_factory.mktemp("tiny-reader"))


def test_heads_see_train_rows_and_thresholds_only_validation(rows: Rows) -> None:
    batches: list[list[str]] = []

    def embed(sentences: Sequence[str]) -> NDArray[np.float32]:
        batches.append(list(sentences))
        return keyword_embed(sentences)

    config = ReaderHeadConfig(output_dir=Path("unused"), reading_profiles=40, steps=50)
    fitted = fit_reader(embed, rows, config)
    assert batches == [
        [str(row["notes"]) for row in rows[split]] for split in ("train", "validation")
    ]
    assert set(fitted.validation) == {"sentence_exact_at_0.5", "sentence_exact_tuned"}
    # Thresholds are picked to make fewest errors on validation: never worse than 0.5 there.
    assert fitted.validation["sentence_exact_tuned"] >= fitted.validation["sentence_exact_at_0.5"]


def test_a_changed_row_changes_the_rows_hash(rows: Rows) -> None:
    changed = {**rows, "test": [{**rows["test"][0], "notes": "edited"}, *rows["test"][1:]]}
    assert rows_hash(changed) != rows_hash(rows)
    dropped = {**rows, "test": rows["test"][1:]}
    assert rows_hash(dropped) != rows_hash(rows)


def test_the_folder_holds_what_serving_loads(reader_dir: Path) -> None:
    assert {ENCODER_FILE, HEAD_FILE, MANIFEST_FILE, "tokenizer.json"} <= {
        path.name for path in reader_dir.iterdir()
    }
    manifest = ReaderManifest.model_validate_json((reader_dir / MANIFEST_FILE).read_bytes())
    assert manifest.dataset_spec().reading_profiles == 30
    reading, _ = HeadNotesReader.load(reader_dir, threads=1).read("Bad knee. No milk, please!")
    assert isinstance(reading, NotesReading)


def test_onnx_encoder_matches_torch_across_padding(reader_dir: Path) -> None:
    sentences = ["Knee.", "I have a bad left knee and cannot squat deep at all, sadly.", "Vegan"]
    expected = SentenceEncoder(reader_dir.parent / "tiny-bert").embed(sentences)
    onnx = OnnxSentenceEncoder(reader_dir, threads=1)
    np.testing.assert_allclose(onnx(sentences), expected, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(onnx(sentences), axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(onnx(sentences[1:2]), expected[1:2], atol=1e-5)


def test_config_names_the_setting_to_change() -> None:
    with pytest.raises(ValueError, match="`steps` must be > 0"):
        ReaderHeadConfig(output_dir=Path("x"), steps=0)
    with pytest.raises(ValueError, match="`reading_profiles` must be >= 10"):
        ReaderHeadConfig(output_dir=Path("x"), reading_profiles=3)


def test_cli_options_come_from_the_config(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--steps", "5"])  # --output-dir is required
    assert "--output-dir" in capsys.readouterr().err
    with pytest.raises(ValueError, match="`learning_rate` must be > 0"):
        main(["--output-dir", "unused", "--learning-rate", "0"])
