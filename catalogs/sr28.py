"""Parser for the USDA SR28 ASCII release: `^`-separated fields, `~`-quoted text, latin-1, CRLF.

Returns untagged foods; diet and allergen tags are `catalogs.tagging`'s job.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from domain.catalog import Food, Portion

ENCODING = "latin-1"

# SR28 nutrient numbers (NUTR_DEF.Nutr_No) of the values a Food carries.
KCAL, PROTEIN, FAT, CARBS, FIBRE, SODIUM = "208", "203", "204", "205", "291", "307"
_WANTED = frozenset({KCAL, PROTEIN, FAT, CARBS, FIBRE, SODIUM})

_QUOTED_FIELD = re.compile(r"~([^~]*)~|([^\^~]*)")


def split_record(line: str) -> list[str]:
    """Split one SR28 line into its fields, removing the `~` quotes around text fields.

    The fast path splits on `^`; a quoted field that itself holds a `^` (legal in the format,
    absent from SR28 as shipped) sends the line through the slower exact scanner.

    Args:
        line: One record without its line terminator.

    Returns:
        The field values as strings; empty fields (missing numbers) are "".

    Raises:
        ValueError: The line is not valid SR28 syntax (e.g. an unterminated `~` quote).
    """
    fields = line.split("^")
    if all(_is_whole_field(field) for field in fields):
        return [field[1:-1] if field.startswith("~") else field for field in fields]
    return _scan_record(line)


def _is_whole_field(field: str) -> bool:
    """A bare number, or one complete `~text~` (so `^` did not cut a quoted field in two)."""
    tildes = field.count("~")
    return tildes == 0 or (tildes == 2 and len(field) >= 2 and field[0] == field[-1] == "~")


def _scan_record(line: str) -> list[str]:
    fields: list[str] = []
    pos = 0
    while True:
        match = _QUOTED_FIELD.match(line, pos)
        if match is None:  # pragma: no cover - the pattern can always match the empty string
            raise ValueError(f"not an SR28 record: {line!r}")
        fields.append(match[1] if match[1] is not None else match[2])
        pos = match.end()
        if pos == len(line):
            return fields
        if line[pos] != "^":
            raise ValueError(f"not an SR28 record (bad quoting at column {pos}): {line!r}")
        pos += 1


def read_records(path: Path) -> Iterator[list[str]]:
    """Yield the records of one SR28 file, decoded as latin-1 with CRLF terminators removed."""
    with path.open(encoding=ENCODING, newline="") as handle:
        for line in handle:
            stripped = line.rstrip("\r\n")
            if stripped:
                yield split_record(stripped)


def read_groups(sr28_dir: Path) -> dict[str, str]:
    """Food group code → description, from FD_GROUP."""
    return {code: name for code, name, *_ in read_records(sr28_dir / "FD_GROUP.txt")}


def _read_nutrients(sr28_dir: Path) -> dict[str, dict[str, float]]:
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for ndb_no, nutr_no, amount, *_ in read_records(sr28_dir / "NUT_DATA.txt"):
        if nutr_no in _WANTED:
            values[ndb_no][nutr_no] = float(amount)
    return values


def _read_portions(sr28_dir: Path) -> dict[str, list[Portion]]:
    portions: dict[str, list[Portion]] = defaultdict(list)
    for ndb_no, _seq, amount, unit, grams, *_ in read_records(sr28_dir / "WEIGHT.txt"):
        portions[ndb_no].append(Portion(label=f"{float(amount):g} {unit}", grams=float(grams)))
    return portions


def parse_foods(sr28_dir: Path) -> list[Food]:
    """Every SR28 food with per-100 g nutrients and household portions, without diet tags.

    Args:
        sr28_dir: Folder holding FOOD_DES.txt, FD_GROUP.txt, NUT_DATA.txt and WEIGHT.txt.

    Returns:
        Foods in FOOD_DES order; `fibre_g`/`sodium_mg` are None where SR28 has no value.

    Raises:
        ValueError: A food lacks kcal, protein, fat or carbohydrate (not the case in SR28).
    """
    groups = read_groups(sr28_dir)
    nutrients = _read_nutrients(sr28_dir)
    portions = _read_portions(sr28_dir)
    foods = []
    for ndb_no, group_code, long_desc, *_ in read_records(sr28_dir / "FOOD_DES.txt"):
        values = nutrients.get(ndb_no, {})
        missing = sorted({KCAL, PROTEIN, FAT, CARBS} - values.keys())
        if missing:
            raise ValueError(f"SR28 food {ndb_no} has no value for nutrients {missing}")
        foods.append(
            Food(
                id=ndb_no,
                name=long_desc,
                group=groups[group_code],
                kcal=values[KCAL],
                protein_g=values[PROTEIN],
                carbs_g=values[CARBS],
                fat_g=values[FAT],
                fibre_g=values.get(FIBRE),
                sodium_mg=values.get(SODIUM),
                portions=tuple(portions.get(ndb_no, ())),
            )
        )
    return foods
