from __future__ import annotations

from pathlib import Path

import pytest

from catalogs.sr28 import read_groups, split_record
from domain.catalog import Food


def test_split_record_removes_quotes_and_keeps_empty_fields() -> None:
    line = "~01001~^~0100~^~Butter, salted~^~~^0^^6.38"
    assert split_record(line) == ["01001", "0100", "Butter, salted", "", "0", "", "6.38"]


def test_split_record_keeps_a_caret_inside_a_quoted_field() -> None:
    assert split_record("~a^b~^~c~^1.5") == ["a^b", "c", "1.5"]


def test_split_record_rejects_an_unterminated_quote() -> None:
    with pytest.raises(ValueError, match="bad quoting"):
        split_record("~abc^1")


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "FD_GROUP.txt").write_bytes("~0100~^~Crème~\r\n".encode("latin-1"))
    assert read_groups(tmp_path) == {"0100": "Crème"}


def test_all_foods_and_groups_are_parsed(sr28_dir: Path, untagged_foods: dict[str, Food]) -> None:
    assert len(untagged_foods) == 8789
    assert len(read_groups(sr28_dir)) == 25
    assert len({food.group for food in untagged_foods.values()}) == 25


def test_salted_butter_matches_the_raw_file(untagged_foods: dict[str, Food]) -> None:
    butter = untagged_foods["01001"]
    assert butter.name == "Butter, salted"
    assert butter.group == "Dairy and Egg Products"
    assert (butter.kcal, butter.protein_g, butter.fat_g, butter.carbs_g) == (717, 0.85, 81.11, 0.06)


@pytest.mark.parametrize(
    ("ndb", "kcal", "protein", "carbs", "fat", "fibre", "sodium"),
    [
        ("09040", 89, 1.09, 22.84, 0.33, 2.6, 1),  # bananas, raw
        ("05064", 165, 31.02, 0.0, 3.57, 0.0, 74),  # chicken breast, roasted
        ("16426", 144, 17.27, 2.78, 8.72, 2.3, 14),  # tofu, firm
    ],
)
def test_spot_values_match_the_raw_file(
    untagged_foods: dict[str, Food],
    ndb: str,
    kcal: float,
    protein: float,
    carbs: float,
    fat: float,
    fibre: float,
    sodium: float,
) -> None:
    food = untagged_foods[ndb]
    assert (food.kcal, food.protein_g, food.carbs_g, food.fat_g) == (kcal, protein, carbs, fat)
    assert (food.fibre_g, food.sodium_mg) == (fibre, sodium)


def test_household_portions_come_from_weight(untagged_foods: dict[str, Food]) -> None:
    portions = {p.label: p.grams for p in untagged_foods["01001"].portions}
    assert portions == {
        '1 pat (1" sq, 1/3" high)': 5.0,
        "1 tbsp": 14.2,
        "1 cup": 227,
        "1 stick": 113,
    }
    with_portions = sum(1 for food in untagged_foods.values() if food.portions)
    assert with_portions == 8492  # foods with at least one WEIGHT row in SR28


def test_missing_fibre_is_none_not_zero(untagged_foods: dict[str, Food]) -> None:
    missing = [food for food in untagged_foods.values() if food.fibre_g is None]
    assert len(missing) == 8789 - 8195
