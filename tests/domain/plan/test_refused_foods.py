"""Foods refused in so many words become dislikes; wishes, other people's and allowed foods not."""

from __future__ import annotations

import pytest

from domain.catalog import Catalog
from domain.plan.refused_foods import refused_foods


@pytest.mark.parametrize(
    ("notes", "refused"),
    [
        ("im halal\nand i hate mushrooms", ("mushrooms",)),
        ("I'm pescatarian, but I can't stand salmon.", ("salmon",)),
        ("Not a big fan of eggs, though I'll eat them in cakes.", ("eggs",)),
        ("Kosher, so no pork and no prawns.", ("pork",)),
        ("no olives or cottage cheese please", ("olives", "cottage cheese")),
        ("Tofu isn't for me.", ("tofu",)),
        ("I'll eat most things but I've never liked broccoli.", ("broccoli",)),
        ("Can't abide avocado, won't touch it.", ("avocado",)),
        ("No red meat; chicken is fine.", ("beef", "steak", "lamb", "pork", "veal")),
    ],
)
def test_a_refused_food_is_read(
    real_catalog: Catalog, notes: str, refused: tuple[str, ...]
) -> None:
    assert refused_foods(notes, real_catalog.everyday) == refused


def test_a_refused_group_names_its_foods(real_catalog: Catalog) -> None:
    refused = refused_foods("Can't be doing with fish, it's rank.", real_catalog.everyday)
    assert {"salmon", "tuna", "cod"} <= set(refused)
    assert "shrimp" not in refused


@pytest.mark.parametrize(
    "notes",
    [
        "I'm sick of chicken breast, had it every day.",  # a wish for fewer, not a refusal
        "i'd rather not have rice noodles again",
        "No more than two eggs a day.",
        "My wife can't stand mushrooms.",
        "I used to hate broccoli, now I love it.",
        "Eggs are fine, no problem with eggs.",
        "I'm not tired of eggs at all, keep them coming.",
        "physio said no heavy spinal loading for now",
        "No time to cook on weekdays.",
        "home gym: bands and a med ball, but no a pair of dumbbells",
        "No meat, ever.",  # a diet: the diet guard reads it
    ],
)
def test_no_refusal_is_read(real_catalog: Catalog, notes: str) -> None:
    assert refused_foods(notes, real_catalog.everyday) == ()
