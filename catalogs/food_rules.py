"""Reviewed rule table: SR28 food group and name patterns → ingredient facts, diets, allergens.

Every rule is a regular expression searched in the lower-cased SR28 description (Long_Desc).
The table is deliberately conservative (see DATA.md): a false "contains" only hides a food from
some users, a missed one can harm them, so broad keywords win over precise ones.
Change a rule → `python -m catalogs.fetch` rebuilds the catalog (its fingerprint covers this file).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.profile import Allergen, Diet


class Fact(StrEnum):
    """An ingredient class a food contains; allergen facts share the Allergen value names."""

    pork = "pork"
    meat = "meat"  # any land animal or marine mammal flesh, fat, broth (pork is also `pork`)
    fish = "fish"
    shellfish = "shellfish"
    milk = "milk"
    egg = "egg"
    honey = "honey"
    gelatin = "gelatin"
    alcohol = "alcohol"
    gluten = "gluten"
    soy = "soy"
    peanuts = "peanuts"
    tree_nuts = "tree_nuts"
    sesame = "sesame"


@dataclass(frozen=True)
class FoodRule:
    """`fact` holds when `pattern` is found in the name after blanking `ignore` phrases.

    `groups` limits the rule to SR28 food groups; `unless` cancels it when found anywhere.
    """

    fact: Fact
    pattern: str
    ignore: str | None = None
    groups: frozenset[str] | None = None
    unless: str | None = None


DAIRY = "Dairy and Egg Products"
FINFISH = "Finfish and Shellfish Products"
POULTRY = "Poultry Products"
GLUTEN_FREE_CLAIM = r"gluten-free|gluten free"

_NUT_BUTTERS = (
    r"(peanut|almond|cashew|nut|hazelnut|sesame|sunflower seed|sunflower|seed|soy|cocoa|apple"
    r"|shea|pumpkin seed|macadamia|pistachio|walnut|pecan|mango|illipe|kokum|mowrah|sal"
    r"|cupu assu|palm) butters?"
)
_PLANT_MILKS = r"(coconut|soy|rice|almond|oat|cashew|hemp) ?(milk|cream|water)|soymilk|milkfish"
_GF_FLOURS = (
    r"(corn|rice|soy|potato|chickpea|almond|coconut|tapioca|arrowroot|cassava|peanut|sesame"
    r"|sunflower|millet|sorghum|teff|quinoa|amaranth|lupin|carob|acorn|mesquite|chestnut|pea"
    r"|bean|lentil|buckwheat|sweet rice|brown rice|white rice) (flour|meal|bran|starch|cakes?"
    r"|noodles?|crackers?)"
)
# Coated, breaded and battered foods: the coating is flour with egg and milk (SR28 LanguaL codes
# for the battered chicken list egg and milk; fish sticks and chicken patties are breaded).
_COATED = (
    r"\b(breaded|breading|batter|battered|batter-dipped|tempura|fritters?|pancakes?|waffles?"
    r"|crepes?|french toast|hush puppies|croquettes?|nuggets?"
    r"|(fish|chicken|turkey|salmon) (sticks?|patty|patties|tenders|fingers))\b"
)
_NOT_COATED = r"not breaded"
# Chocolate and cocoa products: milk solids and soy lecithin are usual (SR28's "chocolate powder,
# no sugar added" holds butyric acid, a milk-fat marker); plant-milk cocoa drinks are exempt.
_CHOCOLATE = r"\b(chocolate|cocoa|mocha)\b"
_NOT_CHOCOLATE = r"cocoa butter"
# Alcohol look-alikes, shared by the alcohol rule and the wine/beer fining rules.
_NOT_ALCOHOL = (
    r"wine vinegar|vinegar, (red|white) wine|cider vinegar|vinegar, cider|root beer|ginger ale"
    r"|fruit cocktail|juice cocktail|cocktail sauce|no alcohol|sugar alcohols?|wine grapes"
)
_WINES = r"\bwines?\b"
# Sweet baked goods often hold nuts or are made on lines with them (banana bread, coffeecake,
# brownies); plain breads are left to the Baked Products precaution.
_SWEET_BAKED = (
    r"\b(cakes?|coffeecakes?|cookies?|brownies?|muffins?|pastry|pastries|pies?|danish|doughnuts?"
    r"|strudel|sweet rolls?|cinnamon buns?|bars?|pan dulce|bread, (banana|cinnamon))\b"
)

FOOD_RULES: tuple[FoodRule, ...] = (
    # --- animal flesh: group defaults, then names anywhere -------------------------------------
    FoodRule(Fact.pork, r".", groups=frozenset({"Pork Products"})),
    # Luncheon meats rarely say what they are made of: assume pork may be in any of them.
    FoodRule(Fact.pork, r".", groups=frozenset({"Sausages and Luncheon Meats"})),
    FoodRule(
        Fact.pork,
        r"\b(pork|ham|hams|bacon|lard|prosciutto|salami|pepperoni|chorizo|bologna|frankfurters?"
        r"|hot ?dogs?|sausages?|pig|pigs|pigs'|hog|boar|chitterlings|scrapple|braunschweiger"
        r"|liverwurst|kielbasa|bratwurst|mortadella|pancetta|guanciale|carnitas|luncheon|spam"
        r"|headcheese|souse|cracklings?|pastrami|franks?)\b",
    ),
    # Traditional refried beans are made with lard; US baked beans with salt pork or bacon
    # (SR28 16005, home-prepared, lists animal fat), unless sold as vegetarian.
    FoodRule(Fact.pork, r"refried beans, canned, traditional"),
    FoodRule(Fact.pork, r"\bbeans, baked\b", unless=r"\bvegetarian\b"),
    FoodRule(
        Fact.meat,
        r".",
        groups=frozenset(
            {
                "Pork Products",
                "Sausages and Luncheon Meats",
                "Beef Products",
                "Poultry Products",
                "Lamb, Veal, and Game Products",
            }
        ),
    ),
    FoodRule(
        Fact.meat,
        r"\b(beef|veal|lamb|mutton|goat|chicken|turkey|duck|goose|venison|bison|buffalo|rabbit"
        r"|meats?|meatballs?|meatloaf|liver|broth|bouillon|stock|poultry|quail|pheasant|ostrich"
        r"|emu|elk|moose|caribou|deer|squab|dove|frog|alligator|horse|gravy|tallow|suet"
        r"|drippings|hamburgers?|cheeseburgers?|steak|corned|jerky|giblets|gizzards?|tripe"
        r"|kidneys?|tongue|sweetbreads|oxtails?|marrow|collagen|seal|whale|walrus|bear|beaver"
        r"|muskrat|squirrel|opossum|raccoon|game|franks?)\b",
        ignore=r"meatless|meat extender|meat substitute|(coconut|grated) meat|nut meats?"
        r"|hearts? of palm|beans, kidney|kidney beans|poultry seasoning|steak fries"
        r"|(cheese|milk|yogurt), (indian )?(goat|buffalo)|goat (cheese|milk)|cod liver"
        r"|vegetable marrow|gummy bears?|eggs?, (duck|goose|quail|turkey)",
    ),
    FoodRule(Fact.fish, r"^(?!crustaceans|mollusks)", groups=frozenset({FINFISH})),
    FoodRule(
        Fact.fish,
        r"\b(fish|salmon|tuna|cod|anchov(y|ies)|sardines?|trout|herring|mackerel|halibut"
        r"|tilapia|pollock|haddock|catfish|swordfish|flounder|roe|caviar|surimi|worcestershire"
        r"|bonito|eel|lox|gefiltefish|caesar|whitefish|smelt|sturgeon|pike|perch|bass|carp"
        r"|kimchi)\b",
    ),
    FoodRule(
        Fact.shellfish,
        r"\b(crustaceans?|mollusks?|shrimps?|prawns?|crabs?|lobsters?|crayfish|crawfish|clams?"
        r"|mussels?|oysters?|scallops?|squid|calamari|octopus|abalone|whelks?|conch|snails?"
        r"|cuttlefish|langostino|krill|sea urchin|shellfish|surimi|cockles?|chitons?|gumboots"
        r"|periwinkles?|limpets?|geoducks?|devilfish|kimchi)\b",
        ignore=r"mushrooms?, oyster|oyster mushrooms?|includes oyster",
    ),
    # --- other animal products ------------------------------------------------------------------
    FoodRule(Fact.milk, r"^(?!eggs?\b|egg substitute)", groups=frozenset({DAIRY})),
    FoodRule(
        Fact.milk,
        r"\b(milk|milks|cheeses?|butter|buttermilk|cream|creamer|creamed|creamy|yogurts?"
        r"|yoghurts?|kefir|whey|casein|caseinates?|lactose|ghee|curds?|ricotta|mozzarella"
        r"|parmesan|cheddar|feta|brie|camembert|gouda|edam|provolone|romano|gruyere|muenster"
        r"|neufchatel|custard|pudding|eggnog|milkshakes?|latte|cappuccino|dulce de leche|paneer"
        r"|dairy|ice creams?|sherbet|gelato|fudge|caramels?|butterscotch|alfredo|au gratin|queso"
        r"|tzatziki|ranch|bechamel|half and half|margarine|scrambled|caesar|milk chocolate|shakes?"
        r"|whitener|omelets?|omelettes?|souffle|scalloped|horchata)\b",
        ignore=rf"{_PLANT_MILKS}|{_NUT_BUTTERS}|butternuts?|butterbur|butterhead|butter ?beans?"
        r"|cream of tartar|bean curd|milkweed",
    ),
    FoodRule(Fact.milk, _CHOCOLATE, ignore=_NOT_CHOCOLATE, unless=_PLANT_MILKS),
    FoodRule(Fact.milk, _COATED, ignore=_NOT_COATED),
    # USDA home recipes and ready-made sides finished with butter, milk or cream.
    FoodRule(
        Fact.milk,
        r"(candied|o'brien), home-prepared|\bpotatoes, mashed\b",
        unless=r"\bwithout milk\b",
    ),
    FoodRule(
        Fact.egg,
        r"\b(eggs?|yolks?|mayonnaise|mayo|meringues?|albumen|eggnog|custard|french toast|quiche"
        r"|hollandaise|aioli|souffle|omelets?|omelettes?|caesar|pudding|surimi|chow mein|wontons?"
        r"|coleslaw|(potato|tuna|chicken|ham|egg|macaroni|pasta|crab|seafood|shrimp|turkey) salad"
        r"|pasta, fresh-refrigerated|noodles, flat, crunchy)\b",
    ),
    FoodRule(Fact.egg, _COATED, ignore=_NOT_COATED),
    FoodRule(Fact.honey, r"\b(honey|honeys)\b"),
    FoodRule(Fact.gelatin, r"\b(gelatins?|gelatine|marshmallows?|gummy|gummies|jell-o|jello)\b"),
    # Flavoured and low-fat yogurts are often set with (mostly porcine) gelatin.
    FoodRule(Fact.gelatin, r"\byogurts?\b", unless=r"\bplain\b"),
    FoodRule(
        Fact.alcohol,
        r"\b(alcoholic|alcohol|beers?|wines?|liqueurs?|rum|vodka|whiske?y|gin|brandy|sake|mirin"
        r"|sherry|champagne|bourbon|tequila|cognac|cider|vermouth|marsala|daiquiri|margarita"
        r"|pina colada|martini|cocktails?|creme de menthe|schnapps|ale|lager|malt beverage"
        r"|vanilla extract|liquors?)\b",
        ignore=_NOT_ALCOHOL,
    ),
    # Wine and beer are fined with gelatin, isinglass (fish), casein or egg white; residues of the
    # last two are labelled allergens in the EU.
    FoodRule(
        Fact.gelatin,
        r"\b(wines?|beers?|ale|lager|malt beverage|malt liquor)\b",
        ignore=_NOT_ALCOHOL,
    ),
    FoodRule(Fact.egg, _WINES, ignore=_NOT_ALCOHOL),
    FoodRule(Fact.milk, _WINES, ignore=_NOT_ALCOHOL),
    # --- allergens from plants ------------------------------------------------------------------
    FoodRule(
        Fact.gluten,
        r"\b(wheat|barley|rye|spelt|kamut|triticale|semolina|durum|farina|bulgur|bulgar|couscous"
        r"|seitan|gluten|malt|malted|bran|bread|breads|breaded|breadcrumbs|crumbs|batter|flour"
        r"|pasta|macaroni|spaghetti|noodles?|lasagna|ravioli|tortellini|crackers?|cookies?|cakes?"
        r"|pies?|pastry|pastries|pizza|croissants?|bagels?|muffins?|biscuits?|pretzels?|waffles?"
        r"|pancakes?|doughnuts?|danish|strudel|crepes?|rolls?|buns?|stuffing|croutons?|teriyaki"
        r"|wontons?|dumplings?|gnocchi|orzo|tabbouleh|farro|freekeh|einkorn|emmer|panko|tempura"
        r"|gravy|matzo|pita|graham|beers?|ale|lager|oats?|oatmeal|granola|muesli|soy sauce|shoyu"
        r"|roux|brownies?|cobbler|eclairs?|sandwich(es)?|tortillas?|crust|breading|cheesecake"
        r"|hamburgers?|cheeseburgers?|burritos?|wraps?|fritters?|hush puppies|dough|stuffed"
        r"|frybread|miso|falafel|yeast extract|scalloped|au gratin|surimi|rice milk)\b",
        ignore=rf"{_GF_FLOURS}|buckwheat|cream of rice|root beer|ginger ale|breadfruit"
        r"|tortillas, ready-to-bake or -fry, corn|corn tortillas?|rice cakes?|rice noodles?"
        r"|noodles, chinese, cellophane|spaghetti squash|squash, winter, spaghetti|\(danish,"
        r"|pie spice|not breaded",
        unless=GLUTEN_FREE_CLAIM,
    ),
    FoodRule(Fact.gluten, _COATED, ignore=_NOT_COATED, unless=GLUTEN_FREE_CLAIM),
    # Fried poultry and seafood are floured first (SR28 fried squid: 7.8 g carbohydrate/100 g).
    FoodRule(Fact.gluten, r"\bcooked, fried\b", groups=frozenset({POULTRY, FINFISH})),
    # Commercial asafoetida, a usual papad spice, is cut with wheat flour; SR28's papad sample
    # also holds cholesterol and butyric acid (milk fat, e.g. ghee).
    FoodRule(Fact.gluten, r"\bpapad\b"),
    FoodRule(Fact.milk, r"\bpapad\b"),
    # SR28 lists cholesterol for this cooking liquid: the beans were stewed with meat or broth.
    FoodRule(Fact.meat, r"liquid from stewed"),
    # USDA's stewed-tomato recipe is thickened with bread (LanguaL: wheat added).
    FoodRule(Fact.gluten, r"tomatoes, red, ripe, cooked, stewed"),
    FoodRule(
        Fact.soy,
        r"\b(soy|soya|soybeans?|soymilk|tofu|tempeh|miso|natto|edamame|okara|yuba|textured"
        r" vegetable protein|lecithin|shoyu|tamari|teriyaki|meat extender|soyburgers?"
        r"|veggie burgers?|margarine|vegetarian|protein powder)\b",
    ),
    FoodRule(Fact.soy, _CHOCOLATE, ignore=_NOT_CHOCOLATE, unless=_PLANT_MILKS),
    # US canned tuna is packed with soy-based vegetable broth; fish canned in unnamed oil is
    # usually in soybean oil.
    FoodRule(Fact.soy, r"\btuna\b.*\bcanned\b|\bcanned in oil\b"),
    FoodRule(Fact.peanuts, r"\b(peanuts?|groundnuts?|arachis|goobers?)\b"),
    FoodRule(
        Fact.tree_nuts,
        r"\b(almonds?|walnuts?|cashews?|pecans?|pistachios?|hazelnuts?|filberts?|macadamias?"
        r"|brazil ?nuts?|brazilnuts|pine ?nuts?|pinyon|pignolias?|chestnuts?|beechnuts?"
        r"|butternuts?|hickory ?nuts?|hickorynuts|ginkgo|coconuts?|nut|nuts|praline|marzipan"
        r"|nougat|gianduja|acorns?|shea|sheanuts?|pili|nangai|breadnut|amaretto|pesto"
        r"|mortadella|pina colada|horchata)\b",
        ignore=r"butternut squash|squash, winter, (butternut|acorn)|acorn squash|water ?chestnuts?"
        r"|nuts?, peanuts?|peanuts?|doughnuts?|donuts?|chestnuts?, chinese water",
    ),
    FoodRule(Fact.tree_nuts, r"^nuts,", groups=frozenset({"Nut and Seed Products"})),
    FoodRule(
        Fact.tree_nuts,
        _SWEET_BAKED,
        ignore=r"english muffins?",
        groups=frozenset({"Baked Products"}),
    ),
    FoodRule(
        Fact.peanuts, _SWEET_BAKED, ignore=r"english muffins?", groups=frozenset({"Baked Products"})
    ),
    FoodRule(Fact.sesame, r"\b(sesame|tahini|halvah|halva|hummus|benne|gomasio)\b"),
)

ALLERGEN_FACTS: dict[Fact, Allergen] = {
    fact: Allergen(fact.value) for fact in Fact if fact.value in Allergen.__members__
}

# Facts a food must not have to fit each diet (low_carb is a nutrient rule, not a fact rule).
DIET_EXCLUDES: dict[Diet, frozenset[Fact]] = {
    Diet.vegan: frozenset(
        {Fact.pork, Fact.meat, Fact.fish, Fact.shellfish, Fact.milk, Fact.egg, Fact.honey}
        | {Fact.gelatin}
    ),
    Diet.vegetarian: frozenset({Fact.pork, Fact.meat, Fact.fish, Fact.shellfish, Fact.gelatin}),
    Diet.pescatarian: frozenset({Fact.pork, Fact.meat, Fact.gelatin}),
    # "Halal-friendly": no pork, no alcohol, no gelatin (mostly porcine); see DATA.md.
    Diet.halal: frozenset({Fact.pork, Fact.alcohol, Fact.gelatin}),
    Diet.gluten_free: frozenset({Fact.gluten}),
}

LOW_CARB_MAX_NET_CARBS_G = 10.0

_ALL = frozenset(Allergen)

# Groups of mixed or commercial foods whose recipes SR28 does not give: unknown composition,
# so they fit no fact-based diet and carry these "may contain" allergens.
COMPOSITE_GROUPS: dict[str, frozenset[Allergen]] = {
    "Baby Foods": _ALL,
    "Soups, Sauces, and Gravies": _ALL,
    "Fast Foods": _ALL,
    "Meals, Entrees, and Side Dishes": _ALL,
    "Restaurant Foods": _ALL,
    "Snacks": _ALL,
    "Baked Products": frozenset(
        {Allergen.gluten, Allergen.milk, Allergen.egg, Allergen.soy, Allergen.sesame}
    ),
    # Sesame is common in candy, bars and granola; egg white binds some cereal clusters.
    "Sweets": _ALL - {Allergen.fish, Allergen.shellfish},
    "Breakfast Cereals": _ALL - {Allergen.fish, Allergen.shellfish},
    # Deli meats and sausages carry fillers and binders (nonfat dry milk, soy protein, wheat,
    # egg) and mortadella-style pistachios; SR28's Italian meatballs hold lactose.
    "Sausages and Luncheon Meats": frozenset(
        {Allergen.gluten, Allergen.milk, Allergen.egg, Allergen.soy, Allergen.tree_nuts}
    ),
    # Mostly single wild foods named by their animal or plant, but with traditional recipes.
    "American Indian/Alaska Native Foods": frozenset(),
}

# Mixed dishes and branded products in any other group: unknown recipe, every allergen possible.
COMPOSITE_NAME = (
    r"\b(salad dressings?|dressing|sandwich spread|dips?|sauces?|gravy|soups?|stews?|casserole"
    r"|pizza|sandwich(es)?|burritos?|tacos?|lasagna|entrees?|recipe|mixed dish|vegetarian"
    r"|meatless|veggie|imitation|substitute|nondairy|non-dairy|mix|mixes|supplements?|fast food"
    r"|formulated|ice creams?|frozen (yogurts?|desserts?|novelties)|(dessert|whipped) toppings?"
    r"|sundae|creamsicle|milk dessert|pates?|chili con carne|chili with|seasoned|seasoning"
    r"|glazed|barbecue|bbq|teriyaki|marinated|campbell's|reddi wip|muscle milk)\b"
)
BRANDED_PRECAUTION = _ALL
BRAND_TOKEN = r"\b[A-Z][A-Z'&.!-]*[A-Z]\b"
NOT_BRANDS = frozenset({"USDA", "NFS", "NFSMI", "KG", "LB", "DHA", "ARA", "AA", "BBQ", "US"})

# Single foods whose composition is plain from the name, though their group or a word in it
# (poultry "seasoning") would otherwise mark the recipe unknown.
PLAIN_IN_COMPOSITE = (
    r"^(sugars?, (granulated|brown|powdered|maple)|honey$|syrups?, (maple|sorghum)|molasses"
    r"|cereals, (oats|corn grits|farina|cream of rice|whole wheat hot natural cereal)"
    r"|tortillas, ready-to-bake or -fry, corn|snacks, rice cakes, brown rice, plain"
    r"|snacks, popcorn, air-popped|spices, poultry seasoning)\b"
)
