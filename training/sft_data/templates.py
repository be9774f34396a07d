"""Sentence frames and the words people use for each constraint: notes composed from both.

A data table, not logic. The hand-written phrasings (`phrasings.py`) give a handful of sentences
per value, too few for a small model to learn the words rather than the sentences: trained on
them alone, SmolLM2-135M read 62 % of held-out notes exactly. Composing every frame of a topic
with every term of a value gives hundreds of sentences in which only the term decides the
constraint. Frames are split between the train and test pools (`notes.split_phrasings`), so test
notes are new sentence shapes; the terms are the shared vocabulary.

`{term}` takes a term as written, `{term}` capitalised; injury terms may hold `{side}`.
"""

from __future__ import annotations

from typing import Final

from domain.plan.people import OTHER_PEOPLE
from domain.profile import Allergen, BodyArea, Diet, Equipment
from training.sft_data.profiles import NoteTopic, Setup

FRAMES: Final[dict[NoteTopic, tuple[str, ...]]] = {
    NoteTopic.injuries: (
        "My {term} hurts.",
        "I injured my {term} last year.",
        "Bad {term}.",
        "{term} pain when I train.",
        "I'm recovering from a {term} injury.",
        "My doctor says to go easy on my {term}.",
        "I have to be careful with my {term}.",
        "Old {term} injury that still flares up.",
        "My {term} is sore most days.",
        "Please nothing that strains my {term}.",
        "I hurt my {term} playing football.",
        "Weak {term} after physio.",
        "My {term} clicks and aches under load.",
        "Still rehabbing my {term}.",
        "Sore {term}.",
        "{term} injury.",
        "My {term} is playing up again.",
        "{term} is acting up, so go easy.",
        "My physio says to protect my {term}.",
        "The doctor told me to rest my {term}.",
        "My GP says my {term} needs time to heal.",
        "My surgeon wants me careful with my {term} for now.",
    ),
    NoteTopic.allergies: (
        "I'm allergic to {term}.",
        "No {term} please.",
        "{term} makes me ill.",
        "I can't eat {term}.",
        "Keep {term} out of my meals.",
        "I react badly to {term}.",
        "Severe allergy to {term}.",
        "Please avoid {term}.",
        "My doctor told me to avoid {term}.",
        "I break out in hives from {term}.",
        "Nothing with {term} in it.",
        "{term} is a no for me, allergy.",
        "I get sick if I eat {term}.",
        "Allergy: {term}.",
        "{term} intolerance.",
        "My allergist says no {term}.",
        "Doctor's orders: no {term}.",
        "My GP told me to cut out {term} completely.",
        "My dietitian says I must avoid {term}.",
        "{term} is out for me.",
        "{term} doesn't agree with me at all.",
        "I think {term} makes my throat itchy, so best leave it out.",
        "Pretty sure I react to {term}, so skip it.",
        "{term} and I don't get on, allergy wise.",
        "Better steer clear of {term}, it sets me off.",
    ),
    NoteTopic.diet: (
        "I'm {term}.",
        "I eat {term} only.",
        "Please keep my meals {term}.",
        "I follow a {term} diet.",
        "I've been {term} for years.",
        "{term} food only, please.",
        "Everything needs to be {term}.",
        "Diet: {term}.",
        "I try to stay {term}.",
        "Strictly {term}.",
        "Only {term} meals for me.",
        "My diet is {term}.",
        "{term} here.",
        "Eating {term} these days.",
        "My doctor put me on a {term} diet.",
        "My dietitian has me eating {term}.",
        "For religious reasons I keep {term}.",
    ),
    NoteTopic.equipment: (
        "I have {term}.",
        "I train with {term}.",
        "All I've got is {term}.",
        "Equipment: {term}.",
        "I work out using {term}.",
        "At the moment I only have {term}.",
        "My setup is {term}.",
        "I can use {term}.",
        "Training with {term} these days.",
        "What I have: {term}.",
        "I exercise with {term}.",
        "For workouts I have {term}.",
        "{term} at home.",
        "Got {term}.",
        "Home gym: {term}.",
    ),
}

INJURY_TERMS: Final[dict[BodyArea, tuple[str, ...]]] = {
    BodyArea.knee: ("knee", "{side} knee", "knees", "kneecap", "{side} knee ligament"),
    BodyArea.lower_back: ("lower back", "back", "lumbar spine", "low back", "lower back disc"),
    BodyArea.shoulder: ("shoulder", "{side} shoulder", "rotator cuff", "shoulders"),
    BodyArea.wrist: ("wrist", "{side} wrist", "wrists", "{side} wrist tendon"),
    BodyArea.elbow: ("elbow", "{side} elbow", "elbows", "{side} elbow tendon"),
    BodyArea.hip: ("hip", "{side} hip", "hips", "hip flexor", "{side} hip joint"),
    BodyArea.ankle: ("ankle", "{side} ankle", "ankles", "Achilles", "{side} ankle ligament"),
    BodyArea.neck: ("neck", "cervical spine", "upper neck", "neck and traps"),
}

ALLERGY_TERMS: Final[dict[Allergen, tuple[str, ...]]] = {
    Allergen.milk: ("dairy", "milk", "lactose", "cheese and yogurt", "cow's milk", "milk products"),
    Allergen.egg: ("eggs", "egg", "egg whites", "anything with eggs"),
    Allergen.fish: ("fish", "salmon and tuna", "white fish", "any fish", "seafood like cod"),
    Allergen.shellfish: ("shellfish", "shrimp", "prawns", "crab and lobster", "mussels"),
    Allergen.tree_nuts: ("tree nuts", "almonds", "walnuts", "cashews", "nuts like pecans"),
    Allergen.peanuts: ("peanuts", "peanut butter", "peanut", "groundnuts"),
    Allergen.gluten: ("gluten", "wheat", "wheat and barley", "gluten grains", "rye and barley"),
    Allergen.soy: ("soy", "soya", "tofu and soy milk", "soybeans", "edamame"),
    Allergen.sesame: ("sesame", "sesame seeds", "tahini", "sesame oil"),
}

DIET_TERMS: Final[dict[Diet, tuple[str, ...]]] = {
    Diet.vegan: ("vegan", "plant-based", "fully plant-based", "100% vegan"),
    Diet.vegetarian: ("vegetarian", "veggie", "lacto-ovo vegetarian", "ovo-lacto vegetarian"),
    Diet.pescatarian: (
        "pescatarian",
        "pescetarian",
        "pesco-vegetarian",
        "seafood-only pescatarian",
    ),
    Diet.halal: ("halal", "strictly halal", "halal, no pork", "halal certified"),
    Diet.gluten_free: ("gluten-free", "gluten free", "wheat-free", "free of gluten"),
    Diet.low_carb: ("low-carb", "low carb", "keto", "low in carbs", "very low carb"),
}

SETUP_TERMS: Final[dict[Setup, tuple[str, ...]]] = {
    Setup.bodyweight: (
        "no equipment",
        "just my bodyweight",
        "nothing but a yoga mat",
        "no weights at all",
        "only bodyweight",
    ),
    Setup.bands: (
        "resistance bands",
        "a few resistance bands",
        "loop bands and nothing else",
        "only exercise bands",
    ),
    Setup.home_dumbbells: (
        "a pair of dumbbells",
        "dumbbells at home",
        "adjustable dumbbells",
        "only dumbbells",
        "a dumbbell set",
    ),
    Setup.home_mixed: (
        "dumbbells, a kettlebell and bands",
        "a kettlebell, dumbbells and resistance bands",
        "a small home gym with dumbbells, kettlebell and bands",
        "bands, dumbbells and a kettlebell",
    ),
    Setup.full_gym: (
        "a full gym",
        "a gym membership",
        "a fully equipped gym",
        "barbells, cables and machines at my gym",
        "a commercial gym with everything",
    ),
}

TOPIC_TERMS: Final[dict[NoteTopic, dict[str, tuple[str, ...]]]] = {
    NoteTopic.injuries: {str(key): value for key, value in INJURY_TERMS.items()},
    NoteTopic.allergies: {str(key): value for key, value in ALLERGY_TERMS.items()},
    NoteTopic.diet: {str(key): value for key, value in DIET_TERMS.items()},
    NoteTopic.equipment: {str(key): value for key, value in SETUP_TERMS.items()},
}

KIT_TERMS: Final[dict[Equipment, tuple[str, ...]]] = {
    Equipment.dumbbell: (
        "dumbbells",
        "a pair of dumbbells",
        "adjustable dumbbells",
        "a 10 kg dumbbell",
    ),
    Equipment.kettlebell: ("a kettlebell", "kettlebells", "a 16 kg kettlebell", "two kettlebells"),
    Equipment.barbell: ("a barbell and plates", "a barbell", "an Olympic bar with some plates"),
    Equipment.bands: ("resistance bands", "bands", "loop bands", "some resistance tubes"),
    Equipment.cable: ("a cable machine", "a cable stack", "a cable pulley"),
    Equipment.machine: ("a leg press", "a Smith machine", "some weight machines"),
    Equipment.ez_bar: ("an EZ curl bar", "an EZ bar"),
    Equipment.medicine_ball: ("a medicine ball", "a med ball"),
    Equipment.exercise_ball: ("a stability ball", "a swiss ball", "an exercise ball"),
    Equipment.foam_roll: ("a foam roller", "a foam roll"),
}
"""Each item of a home or limited gym (`Setup.home_kit`), composed into lists: the five fixed
setups taught the readers that any kettlebell comes with dumbbells and bands, and any barbell with
a whole gym."""

UNLABELLED_KIT_TERMS: Final[tuple[str, ...]] = (
    "a pull-up bar",
    "a bench",
    "a treadmill",
    "an exercise bike",
    "a yoga mat",
    "a rowing machine",
    "a skipping rope",
    "a squat rack",
)
"""Gear outside the equipment vocabulary: named in kit lists, read as nothing."""

CATEGORY_TERMS: Final[dict[frozenset[Allergen], tuple[str, ...]]] = {
    frozenset({Allergen.fish, Allergen.shellfish}): (
        "seafood",
        "all seafood",
        "anything from the sea",
        "fish and shellfish",
        "fish or shellfish of any kind",
    ),
    frozenset({Allergen.tree_nuts, Allergen.peanuts}): (
        "nuts",
        "all nuts",
        "any kind of nut",
        "peanuts and tree nuts",
        "nuts of every sort",
    ),
}
"""Words for a group of allergens, each read as every allergen it holds."""

NEGATIVE_FRAMES: Final[dict[NoteTopic, tuple[str, ...]]] = {
    NoteTopic.injuries: (
        "My {term} is fine now.",
        "My {person} has a bad {term}.",
        "I hurt my {term} years ago but it's fully healed.",
        "No issues with my {term}.",
        "My {term} used to hurt, all good these days.",
        "Nothing wrong with my {term}.",
        "My {person} is rehabbing a {term} injury.",
        "My {term} is totally fine, no pain at all.",
    ),
    NoteTopic.allergies: (
        "{term} is fine for me.",
        "I'm not allergic to {term}.",
        "My {person} is allergic to {term}.",
        "I used to react to {term} but grew out of it.",
        "No problem with {term}.",
        "My {person} can't eat {term}.",
        "I eat {term} all the time.",
        "I was tested for {term} and I'm not allergic.",
    ),
    NoteTopic.diet: (
        "I used to be {term}.",
        "My {person} is {term}.",
        "I'm not {term}.",
        "I was {term} for a while, not anymore.",
        "I tried going {term} once but it didn't stick.",
        "My {person} eats {term}, I eat everything.",
        "I'm not {term} anymore.",
        "Used to eat {term} years ago.",
    ),
    NoteTopic.equipment: (
        "I'm getting {term} next month.",
        "My {person} has {term} but I can't use it.",
        "I might buy {term} soon.",
        "I sold {term} last year.",
        "I used to have {term}.",
        "I'd love {term} one day.",
        "My {person} keeps {term} at their place, far from me.",
        "Thinking about getting {term}.",
    ),
}
"""Sentences that name a constraint's words but state nothing about the user now: an all-clear,
someone else's, a past or a future state. `{person}` is one of `PEOPLE`."""

PEOPLE: Final = OTHER_PEOPLE
