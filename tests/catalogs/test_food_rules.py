"""Regression tables for the diet and allergen rules, checked on the built SR28 catalog.

Each row is a food whose name hides an ingredient (or looks like one it lacks) and that an
independent review of the rule table found mis-tagged; the comment says what gives it away.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from catalogs.sr28 import ENCODING
from domain.catalog import Catalog
from domain.profile import Allergen, Diet

A, D = Allergen, Diet
CHOLESTEROL = "601"  # SR28 nutrient number, mg per 100 g


@pytest.mark.parametrize(
    ("ndb", "allergens", "does_not_fit"),
    [
        ("14347", {A.milk}, {D.vegan}),  # "Shake, fast food, vanilla"
        ("14632", {A.milk, A.soy}, {D.vegan}),  # meal supplement drink
        ("14204", {A.milk}, {D.vegan}),  # instant coffee "with whitener" (caseinate)
        ("14224", {A.milk}, {D.vegan}),  # instant mocha
        ("14063", {A.milk, A.soy}, {D.vegan}),  # chocolate drink powder
        ("14638", {A.milk, A.tree_nuts}, {D.vegan}),  # horchata
        ("14015", {A.tree_nuts}, {D.halal}),  # piña colada: coconut
        ("14252", {A.gluten}, {D.halal, D.vegan}),  # malt liquor
        ("14084", {A.egg, A.milk}, {D.vegan, D.vegetarian, D.halal}),  # wine: fining agents
        ("14003", {A.gluten}, {D.vegan, D.vegetarian, D.halal}),  # beer: isinglass
        ("16008", set(), {D.vegan, D.vegetarian, D.halal}),  # baked beans "with franks"
        ("16005", set(), {D.vegan, D.vegetarian, D.halal}),  # home baked beans: salt pork
        ("16059", set(A), {D.vegan, D.vegetarian}),  # "Chili with beans, canned": beef
        ("43125", set(), {D.vegan, D.vegetarian}),  # stewing liquid with cholesterol
        ("11414", {A.egg}, {D.vegan}),  # potato salad: mayonnaise
        ("15128", {A.egg, A.fish}, set()),  # tuna salad
        ("07031", {A.egg}, {D.gluten_free}),  # ham salad spread
        ("11672", {A.egg, A.gluten, A.milk}, {D.vegan}),  # potato pancakes
        ("11656", {A.egg, A.milk}, set()),  # corn pudding
        ("11658", {A.egg, A.milk}, set()),  # spinach soufflé
        ("11659", {A.milk}, {D.vegan}),  # candied sweet potato, home recipe: butter
        ("11671", {A.milk}, {D.vegan}),  # potatoes O'Brien, home recipe: butter
        ("31036", {A.milk}, {D.vegan}),  # ready-to-eat mashed potatoes
        ("11372", {A.gluten, A.milk}, {D.gluten_free}),  # scalloped potatoes: flour
        ("11660", {A.gluten}, {D.gluten_free}),  # USDA stewed tomatoes: bread
        ("20094", {A.egg, A.gluten}, {D.vegan}),  # fresh pasta
        ("20113", {A.egg, A.gluten}, {D.vegan}),  # chow mein noodles
        ("15109", {A.fish, A.shellfish, A.egg, A.gluten}, {D.gluten_free}),  # surimi
        ("15027", {A.fish, A.gluten, A.egg, A.milk}, {D.gluten_free}),  # fish sticks
        ("15252", {A.fish, A.gluten}, {D.gluten_free}),  # salmon nuggets
        ("05324", {A.gluten}, {D.gluten_free}),  # chicken patty
        ("05007", {A.gluten, A.egg, A.milk}, set()),  # batter-fried chicken
        ("05021", {A.gluten}, {D.gluten_free}),  # fried giblets: floured
        ("15176", {A.gluten, A.shellfish}, {D.gluten_free}),  # fried squid: floured
        ("11296", {A.gluten, A.egg, A.milk}, {D.vegan}),  # breaded onion rings
        ("11118", {A.fish, A.shellfish}, {D.vegan, D.vegetarian}),  # kimchi
        ("16112", {A.gluten, A.soy}, {D.gluten_free}),  # miso: barley or wheat koji
        ("16138", {A.gluten}, {D.gluten_free}),  # falafel: SR28 LanguaL "wheat added"
        ("43406", {A.gluten}, {D.gluten_free}),  # yeast extract spread
        ("42200", {A.gluten, A.milk}, {D.vegan, D.gluten_free}),  # papad
        ("14639", {A.gluten}, {D.gluten_free}),  # rice milk: barley enzymes
        ("35142", {A.gluten}, set()),  # frybread
        ("35028", {A.shellfish}, set()),  # cockles
        ("35026", {A.shellfish}, set()),  # chiton ("gumboots")
        ("35034", {A.shellfish}, set()),  # Alaskan devilfish: octopus
        ("15121", {A.fish, A.soy}, set()),  # canned tuna: soy vegetable broth
        ("15088", {A.fish, A.soy}, set()),  # sardines canned in (soybean) oil
        ("14066", {A.milk, A.soy}, set()),  # whey protein powder: soy lecithin
        ("01130", {A.egg, A.milk}, set()),  # omelet
        ("01240", {A.gluten, A.peanuts}, {D.gluten_free, D.vegetarian, D.halal}),  # cone
        ("01223", set(A), {D.gluten_free}),  # Muscle Milk protein supplement
        ("07972", {A.milk, A.gluten, A.egg}, {D.gluten_free}),  # meatballs: lactose in SR28
        ("07050", {A.tree_nuts}, set()),  # mortadella: pistachios
        ("07067", set(A), {D.gluten_free}),  # sandwich spread among deli meats: dish name wins
        ("05342", {A.gluten, A.soy}, {D.gluten_free, D.halal}),  # rotisserie "seasoning"
        ("05312", {A.fish, A.soy, A.gluten}, {D.gluten_free}),  # glazed barbecue wings
        ("18019", {A.tree_nuts, A.peanuts}, set()),  # banana bread
        ("08037", {A.sesame, A.egg}, set()),  # homemade granola
    ],
)
def test_hidden_ingredients_are_tagged(
    catalog: Catalog, ndb: str, allergens: set[Allergen], does_not_fit: set[Diet]
) -> None:
    food = catalog.foods_by_id[ndb]
    assert allergens <= food.allergens, food.name
    assert not does_not_fit & food.diets, food.name


@pytest.mark.parametrize(
    ("ndb", "fits", "lacks"),
    [
        ("11492", {D.gluten_free}, {A.gluten}),  # spaghetti squash
        ("11749", {D.gluten_free}, {A.gluten}),  # "danish" cabbage
        ("02035", {D.gluten_free}, {A.gluten}),  # pumpkin pie spice
        ("11483", {D.vegan}, {A.tree_nuts}),  # acorn squash
        ("12117", {D.vegan}, {A.milk}),  # coconut milk "from grated meat"
        ("02034", {D.vegetarian}, set()),  # poultry seasoning (a herb mix)
        ("11411", {D.vegetarian}, set()),  # steak fries
        ("14242", {D.halal}, set()),  # cranberry juice cocktail
        ("01108", {D.vegetarian}, set()),  # Indian buffalo milk
        ("01138", {D.vegetarian}, set()),  # duck egg
        ("17097", {D.gluten_free}, {A.gluten}),  # veal "not breaded"
        ("14054", {D.vegan}, {A.milk}),  # chocolate almond milk
        ("16166", {D.vegan}, {A.milk}),  # chocolate soymilk
        ("04501", {D.vegan}, {A.milk, A.soy}),  # cocoa butter
        ("18258", set(), {A.tree_nuts, A.peanuts}),  # English muffin is bread, not a muffin
    ],
)
def test_look_alike_names_keep_their_diets(
    catalog: Catalog, ndb: str, fits: set[Diet], lacks: set[Allergen]
) -> None:
    food = catalog.foods_by_id[ndb]
    assert fits <= food.diets, food.name
    assert not lacks & food.allergens, food.name


def _cholesterol_mg(sr28_dir: Path) -> dict[str, float]:
    # A plain split on the few matching lines: the full record parser takes ~10 s on NUT_DATA.
    with (sr28_dir / "NUT_DATA.txt").open(encoding=ENCODING) as lines:
        fields = (line.split("^") for line in lines if f"^~{CHOLESTEROL}~^" in line)
        return {f[0].strip("~"): float(f[2]) for f in fields}


def test_no_vegan_food_has_cholesterol(catalog: Catalog, sr28_dir: Path) -> None:
    cholesterol = _cholesterol_mg(sr28_dir)
    assert len(cholesterol) > 8000  # the nutrient was found, so the check is not vacuous
    animal = [
        f"{food.id} {food.name}"
        for food in catalog.foods
        if Diet.vegan in food.diets and cholesterol.get(food.id, 0.0) > 0
    ]
    assert animal == []
