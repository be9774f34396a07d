"""How users put constraints into words: the phrasing table the notes writer draws from.

A data table, not logic. Each constraint value has several phrasings so that the held-out test
pool (see `notes.split_phrasings`) still has one or more per value. `{side}` is filled with
"left" or "right". Phrasings never name the canonical value where a person would not either.
"""

from __future__ import annotations

from typing import Final

from domain.profile import Allergen, BodyArea, Diet
from training.sft_data.profiles import NoteTopic, Setup

INJURY_PHRASINGS: Final[dict[BodyArea, tuple[str, ...]]] = {
    BodyArea.knee: (
        "I have a bad {side} knee.",
        "My knee hurts on stairs.",
        "I had ACL surgery on my {side} knee a couple of years ago.",
        "Deep squats make my knee ache.",
        "My {side} knee swells up after anything with jumping.",
        "My physio told me to protect my knee for now.",
    ),
    BodyArea.lower_back: (
        "I have a herniated disc in my lower back.",
        "My lower back flares up when I lift heavy things off the floor.",
        "Chronic lower back pain, so deadlifts are a no.",
        "I threw my back out last year and it still bothers me.",
        "Sciatica on and off; my back hates heavy loading.",
    ),
    BodyArea.shoulder: (
        "My {side} shoulder has been dodgy since a rotator cuff tear.",
        "Pressing overhead hurts my shoulder.",
        "I dislocated my {side} shoulder playing rugby.",
        "Shoulder impingement, so careful with anything above my head.",
        "My shoulder pinches when I raise my arm.",
    ),
    BodyArea.wrist: (
        "I sprained my {side} wrist recently.",
        "My wrists hurt in a push-up position.",
        "Carpal tunnel in my {side} wrist.",
        "Wrist pain whenever I bend it back under load.",
    ),
    BodyArea.elbow: (
        "Tennis elbow on my {side} arm.",
        "My {side} elbow aches after curls.",
        "Golfer's elbow is acting up again.",
        "Elbow tendinitis; heavy arm work makes it worse.",
    ),
    BodyArea.hip: (
        "I had a {side} hip replacement.",
        "My hip hurts when I run or jump.",
        "Hip bursitis on the {side} side.",
        "My {side} hip is painful and impact is rough on it.",
    ),
    BodyArea.ankle: (
        "I keep rolling my {side} ankle.",
        "My ankle is weak after a bad sprain.",
        "I broke my {side} ankle last winter and it is still healing.",
        "Running makes my ankle swell.",
    ),
    BodyArea.neck: (
        "I have a stiff neck from a whiplash injury.",
        "My neck hurts if I load it or my traps.",
        "Herniated disc in my neck.",
        "My neck gets sore easily, nothing heavy on it please.",
    ),
}

ALLERGY_PHRASINGS: Final[dict[Allergen, tuple[str, ...]]] = {
    Allergen.milk: (
        "No dairy please.",
        "I'm lactose intolerant.",
        "Milk upsets my stomach.",
        "Dairy gives me hives.",
        "I can't have cheese, yogurt or milk.",
        "Allergic to cow's milk protein.",
    ),
    Allergen.egg: (
        "I'm allergic to eggs.",
        "No eggs, they make me ill.",
        "Eggs are off the table for me.",
        "Egg allergy since childhood.",
    ),
    Allergen.fish: (
        "I'm allergic to fish.",
        "Fish gives me a reaction.",
        "No fish of any kind.",
        "I can't eat salmon, tuna or any other fish.",
    ),
    Allergen.shellfish: (
        "Shellfish allergy.",
        "Shrimp and crab make my throat swell.",
        "No shellfish, I carry an EpiPen for it.",
        "I react badly to prawns and lobster.",
    ),
    Allergen.tree_nuts: (
        "Allergic to tree nuts.",
        "No almonds, walnuts or cashews.",
        "Tree nuts are dangerous for me.",
        "I can't have nuts like pecans or pistachios.",
    ),
    Allergen.peanuts: (
        "Severe peanut allergy.",
        "No peanuts or peanut butter.",
        "Peanuts send me to hospital.",
        "Keep anything with peanuts away from me.",
    ),
    Allergen.gluten: (
        "I'm coeliac.",
        "Gluten makes me sick.",
        "I can't eat wheat, barley or rye.",
        "Gluten intolerant, so no regular bread or pasta.",
    ),
    Allergen.soy: (
        "Soy allergy.",
        "No soy, tofu or edamame.",
        "Soy products make me break out.",
        "I react to soybeans.",
    ),
    Allergen.sesame: (
        "Allergic to sesame.",
        "No sesame seeds or tahini.",
        "Sesame gives me a rash.",
        "I avoid sesame because of an allergy.",
    ),
}

DIET_PHRASINGS: Final[dict[Diet, tuple[str, ...]]] = {
    Diet.vegan: (
        "I'm vegan.",
        "No animal products at all.",
        "Plant-based only: no meat, dairy or eggs.",
        "I don't eat anything that comes from animals.",
        "Strictly plants for me.",
    ),
    Diet.vegetarian: (
        "I'm vegetarian.",
        "I don't eat meat or fish, but eggs and dairy are fine.",
        "Meat-free please.",
        "No meat, no fish.",
        "I stopped eating meat years ago; cheese and eggs are okay.",
        "Neither meat nor fish for me.",
        "I avoid meat and fish alike.",
        "I haven't touched meat or seafood in years.",
        "Nothing that had a face, though I do eat eggs and cheese.",
    ),
    Diet.pescatarian: (
        "I don't eat meat but fish is fine.",
        "Pescatarian.",
        "Seafood yes, meat no.",
        "The only animal flesh I eat is fish.",
        "No chicken or red meat, though I eat fish.",
        "Meat is off the menu for me, seafood is fine.",
        "I've cut out meat but still have fish.",
        "Fish and seafood are the only meat I have.",
    ),
    Diet.halal: (
        "I eat halal only.",
        "No pork, and meat must be halal.",
        "I'm Muslim so please keep it halal.",
        "Halal food only.",
    ),
    Diet.gluten_free: (
        "I eat gluten free.",
        "Gluten-free diet please.",
        "I avoid gluten by choice.",
        "No wheat-based foods for me.",
    ),
    Diet.low_carb: (
        "I'm on a low-carb diet.",
        "Keeping carbs low.",
        "Keto-ish, minimal carbs.",
        "I cut out most bread, rice and pasta.",
        "Low carb works best for me.",
    ),
}

SETUP_PHRASINGS: Final[dict[Setup, tuple[str, ...]]] = {
    Setup.bodyweight: (
        "No equipment, just my bodyweight.",
        "I train at home with nothing but a mat.",
        "I don't have any weights.",
        "Bodyweight workouts only.",
        "No gym membership and no gear.",
        "I own zero gym equipment.",
        "Nothing to lift at home and no gym either.",
        "Just me and some floor space.",
    ),
    Setup.bands: (
        "I only have resistance bands.",
        "Just some bands at home.",
        "I travel a lot, so bands and bodyweight.",
        "My only equipment is a set of loop bands.",
    ),
    Setup.home_dumbbells: (
        "Only dumbbells at home.",
        "I have a pair of adjustable dumbbells.",
        "Home workouts with dumbbells.",
        "Just dumbbells, no barbell or machines.",
        "I work out in my garage with a set of dumbbells.",
    ),
    Setup.home_mixed: (
        "At home I have dumbbells, a kettlebell and bands.",
        "Small home gym: kettlebell, dumbbells, resistance bands.",
        "I've got a kettlebell, some dumbbells and bands.",
        "Home setup with bands, dumbbells and one kettlebell.",
    ),
    Setup.full_gym: (
        "I have a full gym membership.",
        "I train at a commercial gym.",
        "My gym has everything: barbells, cables, machines.",
        "Access to a fully equipped gym.",
        "I lift at a big gym with all the equipment.",
    ),
}

FILLER_PHRASINGS: Final[tuple[str, ...]] = (
    "I work night shifts.",
    "I want to feel fitter for my kids.",
    "Mornings work best for me.",
    "I have a wedding in three months.",
    "I get bored easily, so variety helps.",
    "I'm pretty busy, so keep workouts short.",
    "I walk my dog every day.",
    "Trying to get back into shape after a long break.",
    "I sit at a desk all day.",
    "I love cooking on weekends.",
)

TOPIC_PHRASINGS: Final[dict[NoteTopic, dict[str, tuple[str, ...]]]] = {
    NoteTopic.injuries: {str(key): value for key, value in INJURY_PHRASINGS.items()},
    NoteTopic.allergies: {str(key): value for key, value in ALLERGY_PHRASINGS.items()},
    NoteTopic.diet: {str(key): value for key, value in DIET_PHRASINGS.items()},
    NoteTopic.equipment: {str(key): value for key, value in SETUP_PHRASINGS.items()},
}
