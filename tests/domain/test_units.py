import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.units import (
    cm_to_feet_inches,
    feet_inches_to_cm,
    inches_to_cm,
    kg_to_pounds,
    pounds_to_kg,
)


def test_pounds_to_kg_uses_the_exact_international_pound() -> None:
    assert pounds_to_kg(1) == 0.45359237
    # 150 * 0.45359237 = 68.0388555
    assert pounds_to_kg(150) == pytest.approx(68.0388555)


def test_kg_to_pounds() -> None:
    # 100 / 0.45359237 = 220.462262185
    assert kg_to_pounds(100) == pytest.approx(220.462262185)


def test_inches_to_cm_uses_the_exact_international_inch() -> None:
    assert inches_to_cm(1) == 2.54
    # 70 * 2.54 = 177.8
    assert inches_to_cm(70) == pytest.approx(177.8)


def test_feet_inches_to_cm() -> None:
    # (5 * 12 + 11) * 2.54 = 71 * 2.54 = 180.34
    assert feet_inches_to_cm(5, 11) == pytest.approx(180.34)
    # 6 * 12 * 2.54 = 182.88
    assert feet_inches_to_cm(6) == pytest.approx(182.88)


def test_cm_to_feet_inches_splits_whole_feet() -> None:
    # 182.88 / 2.54 = 72 in = 6 ft 0 in, even though the float division is not exact
    assert cm_to_feet_inches(182.88) == (6, 0.0)
    feet, inches = cm_to_feet_inches(180.34)
    assert feet == 5
    assert inches == pytest.approx(11.0)
    # 170 / 2.54 = 66.929 in = 5 ft 6.929 in
    feet, inches = cm_to_feet_inches(170)
    assert feet == 5
    assert inches == pytest.approx(6.929134, abs=1e-6)


@pytest.mark.parametrize("cm", [-0.1, math.nan])
def test_cm_to_feet_inches_rejects_negative_or_nan(cm: float) -> None:
    with pytest.raises(ValueError, match="cm must be >= 0"):
        cm_to_feet_inches(cm)


@given(st.floats(min_value=0, max_value=1000))
def test_pounds_kg_round_trip(kg: float) -> None:
    assert pounds_to_kg(kg_to_pounds(kg)) == pytest.approx(kg)


@given(st.floats(min_value=0, max_value=300))
def test_feet_inches_round_trip(cm: float) -> None:
    feet, inches = cm_to_feet_inches(cm)
    assert 0 <= inches < 12
    assert feet_inches_to_cm(feet, inches) == pytest.approx(cm, abs=1e-6)
