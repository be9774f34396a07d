from __future__ import annotations

from pathlib import Path

import pytest

from catalogs.mets import parse_mets
from catalogs.store import load_mets


def test_compendium_codes_are_unique_and_complete(data_dir: Path) -> None:
    activities = load_mets(data_dir)
    assert len(activities) == 812  # 831 rows in pyexphys 2.1.2, 19 exact duplicates
    by_code = {a.code: a for a in activities}
    assert by_code["02050"].met == 6.0  # resistance training, vigorous
    assert by_code["02008"].description.endswith("boot camp training program")  # \\u00a0 gone


def test_parse_reads_the_list_without_running_the_module(tmp_path: Path) -> None:
    source = tmp_path / "mets.py"
    source.write_text(
        "import nothing_that_exists\n"
        'mets_list = [{"met": 3.5, "code": "1", "description": "walk\\\\u00a0"},'
        ' {"met": 3.5, "code": "1", "description": "walk"}]\n'
    )
    [activity] = parse_mets(source)
    assert (activity.code, activity.met, activity.description) == ("1", 3.5, "walk")


def test_parse_names_a_missing_list(tmp_path: Path) -> None:
    source = tmp_path / "mets.py"
    source.write_text("other = []\n")
    with pytest.raises(ValueError, match="mets_list"):
        parse_mets(source)
