"""Allergies named in so many words: a guard under the readers against the most dangerous misread.

Both readers miss allergies in people's notes, and in the plainest ones: on the 236 hand-written
notes the MiniLM reader missed an allergy in a third of the notes that state one ("Seafood
allergy.", "no milk no eggs no peanuts", "Vegan and coeliac.", 2026-12-02). A missed allergy is
the misread that can put someone in hospital, so serving also reads allergies by rule:

- a sentence is split into clauses at commas, colons, brackets and contrast words ("but", "tho");
- a clause that calls a restriction a choice states a diet or a dislike: it and the clause before
  it read nothing;
- a clause that clears what it names ("is fine", "not allergic", "used to", "my wife ...") reads
  nothing;
- if any clause restricts ("allergic", "intolerant", "avoid", "can't eat", "coeliac"), every
  allergen named in the sentence's clauses that clear nothing is read ("Allergic to peanuts, eggs
  and sesame"); otherwise those named after a "no" are ("no milk no eggs");
- a name mistyped by one dropped, added or swapped letter is still the name ("avoid amlonds").

It is deliberately crude: it over-reads now and then ("no peanut butter, I'm sick of it" reads a
peanut allergy), which costs a plan some variety; serving joins it to the readers' reading, never
the other way round.
"""

from __future__ import annotations

import re
from typing import Final

from domain.plan.clauses import SOMEONE_ELSE_OR_PAST, any_word, clauses, named_patterns, names_in
from domain.plan.reading import NotesReading, note_sentences
from domain.profile import Allergen, Diet

_NAMES: Final[tuple[tuple[str, frozenset[Allergen]], ...]] = (
    (r"soya? milk", frozenset({Allergen.soy})),
    (r"almond milk", frozenset({Allergen.tree_nuts})),
    (r"(?:oat|rice|coconut|plant) milk", frozenset()),
    (r"tree[ -]?nuts?", frozenset({Allergen.tree_nuts})),
    (
        r"almonds?|walnuts?|cashews?|pecans?|hazelnuts?|pistachios?|macadamias?|brazil nuts?",
        frozenset({Allergen.tree_nuts}),
    ),
    (r"peanut\w*|groundnuts?|peanut butter", frozenset({Allergen.peanuts})),
    (r"nuts?", frozenset({Allergen.tree_nuts, Allergen.peanuts})),
    (
        r"sea ?food|(?:anything|stuff|things?) (?:\w+ ){0,3}(?:from|of|in) the sea",
        frozenset({Allergen.fish, Allergen.shellfish}),
    ),
    (
        r"shell ?fish|shelfish|prawns?|shrimps?|crabs?|lobsters?|mussels?|oysters?|clams?"
        r"|scallops?|crustaceans?|molluscs?|mollusks?",
        frozenset({Allergen.shellfish}),
    ),
    (r"fish", frozenset({Allergen.fish})),
    (r"dairy|milk|lactos\w*|whey|casein", frozenset({Allergen.milk})),
    (r"eggs?", frozenset({Allergen.egg})),
    (r"gluten|coeliac|celiac|wheat|barley|rye", frozenset({Allergen.gluten})),
    (r"soy|soya|soybeans?|edamame", frozenset({Allergen.soy})),
    (r"sesame|sesmae|tahini", frozenset({Allergen.sesame})),
    (r"legumes?|pulses", frozenset({Allergen.peanuts, Allergen.soy})),
)
"""How people name each allergen, most specific first: "tree nuts" is not also "nuts"."""

_NAME_PATTERNS: Final = named_patterns(_NAMES, not_before="[- ]only| like")
"""A name followed by "only" or "like" is not the allergen named: "seafood-only pescatarian",
"nuts like pecans" (the pecans are)."""
_SPELLED: Final[tuple[tuple[str, frozenset[Allergen]], ...]] = (
    *((name, frozenset({Allergen.tree_nuts})) for name in ("almonds", "walnuts", "cashews")),
    *((name, frozenset({Allergen.tree_nuts})) for name in ("hazelnuts", "pistachios")),
    ("peanuts", frozenset({Allergen.peanuts})),
    ("seafood", frozenset({Allergen.fish, Allergen.shellfish})),
    *((name, frozenset({Allergen.shellfish})) for name in ("shellfish", "prawns", "shrimp")),
    *((name, frozenset({Allergen.milk})) for name in ("dairy", "lactose")),
    *((name, frozenset({Allergen.gluten})) for name in ("gluten", "coeliac", "celiac", "wheat")),
    ("sesame", frozenset({Allergen.sesame})),
)
"""Names people mistype in a hurry ("avoid amlonds", "no diary"): a clause that restricts reads
them one slip away (`domain.plan.clauses.one_slip`)."""
_REAL_WORDS_A_SLIP_AWAY: Final = frozenset({"glute", "pawns"})
"""English words one slip from a name, which a restricting clause may well mean as written."""
_RESTRICTING_WORDS: Final = (
    r"a?ll?erg\w*",
    r"intol[ae]r\w*",
    r"anaphyla\w*",
    r"epi-?pens?",
    "coeliac",
    "celiac",
    "(?:a|big|hard) no",
    "no[- ]go",
    r"avoid\w*",
    r"can'?t (?:eat|have|do|touch|tolerate)",
    "cannot (?:eat|have|tolerate)",
    r"react\w*",
    "hives",
    "rash",
    r"swell\w*",
    "sick(?! of)",
    "ill",
    "throat",
    r"noth?ing with",
    r"keep \w+ out",
    r"\w+-free",
    "free of",
    "out for me",
    r"(?:dairy|milk|lactose|nut|peanut|egg|soy|soya|sesame|shellfish|fish|seafood)[- ]?free",
    r"(?:a )?problem for me",
    "tummy",
    "stomach",
    r"bloat\w*",
    r"vomit\w*",
    r"throw(?:s|ing)? up",
    r"breaks? (?:me )?out",
    r"wrecks? me",
    "er visit",
    "a&e",
    "hospital",
)
_SAID_FINE: Final = (
    "fine",
    "ok",
    "okay",
    r"no problem\w*",
    "not allergic",
    r"n'?t allergic",
    "all good",
    "tested negative",
)
"""Words by which the user says what their clause names is fine for them."""
_CLEARING_WORDS: Final = (
    *_SAID_FINE,
    r"no allerg\w*",
    "no issues?",
    "yes",
    *SOMEONE_ELSE_OR_PAST,
    "gluten[- ]free",
    "wheat[- ]free",
)

RESTRICTS: Final = any_word(_RESTRICTING_WORDS)
"""Words that make a clause a restriction: what it names must stay off the plate."""
_NO: Final = re.compile(r"\bno\b(?!\s+more)(.*)", re.IGNORECASE)
_ENDS_IN_NO: Final = re.compile(r"\bno\W*$", re.IGNORECASE)
"""A "no" restricts what its clause names after it ("no milk no eggs", not "peanut butter, no
shame" or "no more lunges", a wish), or all of it when it ends the clause ("eggs no")."""
_CLEARS: Final = any_word(_CLEARING_WORDS)
"""Words that clear what their clause names, or make it someone else's; a gluten-free diet is a
diet (the readers read it), not an allergy."""
_BY_CHOICE: Final = re.compile(
    r"\b(?:by choice|my choice|not medical|not an allergy|(?:a|my) preference)\b", re.IGNORECASE
)
"""A clause saying a restriction is chosen states a diet or a dislike, not an allergy: its own
and the one before it ("Gluten-free by choice", "cutting back on bread, but that's a choice")."""

_FINE: Final = any_word(
    (*_SAID_FINE, "not a problem", r"cleared me (?:for|to eat)", "grew out of", "outgrew")
)
"""Words by which the user clears what their clause names: "tree nuts r fine"."""

DIET_EXCLUDES: Final[dict[Diet, frozenset[Allergen]]] = {
    Diet.vegan: frozenset({Allergen.milk, Allergen.egg, Allergen.fish, Allergen.shellfish}),
    Diet.vegetarian: frozenset({Allergen.fish, Allergen.shellfish}),
    Diet.gluten_free: frozenset({Allergen.gluten}),
}
"""Allergens a diet already keeps off the plate: "Vegan: no dairy or eggs" states no allergy."""


def named_allergies(notes: str) -> frozenset[Allergen]:
    """The allergies the notes name in a clause that restricts, or beside one (see module)."""
    found: set[Allergen] = set()
    for sentence in note_sentences(notes):
        open_clauses = [c for c in _unchosen(clauses(sentence)) if not _CLEARS.search(c)]
        restricted = any(RESTRICTS.search(clause) for clause in open_clauses)
        for clause in open_clauses:
            if restricted or _ENDS_IN_NO.search(clause):
                found |= _allergens_named(clause)
            elif said_no := _NO.search(clause):
                found |= _allergens_named(said_no.group(1))
    return frozenset(found)


def cleared_allergies(notes: str) -> frozenset[Allergen]:
    """The allergens the notes clear in so many words ("tree nuts r fine", "shellfish is no
    problem", "the allergist cleared me for peanuts") and name in no other clause. A clause that
    also restricts clears nothing: "wheat is fine for me Groundnuts intolerance" runs two
    statements together."""
    cleared: set[Allergen] = set()
    named: set[Allergen] = set()
    for sentence in note_sentences(notes):
        for clause in clauses(sentence):
            fine = _FINE.search(clause) and not RESTRICTS.search(_FINE.sub(" ", clause))
            (cleared if fine else named).update(_allergens_named(clause))
    return frozenset(cleared - named)


def _unchosen(sentence_clauses: list[str]) -> list[str]:
    """The clauses left when each that calls a restriction chosen takes itself and the one
    before it out: "I'm lactose intolerant, and cutting back on bread, but that's a choice"."""
    chosen = {i for i, clause in enumerate(sentence_clauses) if _BY_CHOICE.search(clause)}
    chosen |= {i - 1 for i in chosen}
    return [clause for i, clause in enumerate(sentence_clauses) if i not in chosen]


def _allergens_named(clause: str) -> set[Allergen]:
    named = names_in(
        clause, _NAME_PATTERNS, _SPELLED, min_letters=5, real_words=_REAL_WORDS_A_SLIP_AWAY
    )
    return set().union(*named)


def with_named_allergies(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with every allergy the notes name that neither it nor its diets cover."""
    covered = set(reading.allergies)
    for diet in reading.diets:
        covered |= DIET_EXCLUDES.get(diet, frozenset())
    added = named_allergies(notes) - covered
    if not added:
        return reading
    return reading.model_copy(update={"allergies": reading.allergies | added})
