"""Meat refused in so many words: a guard under the readers for the diet they miss most plainly.

The readers learned diets from their names ("vegetarian", "pescatarian"); people often state one
by what they do not eat, and both readers missed it on hand-written notes ("as I do not eat meat
or fish" read as no diet, 2026-12-02), so serving planned meat for a vegetarian. A clause that
refuses meat ("no meat", "I don't eat meat", "giving up meat for Lent") states a diet:

- pescatarian when another clause allows fish ("fish is fine", "I eat fish but no meat");
- vegetarian otherwise: fish refused too ("meat or fish"), or not mentioned (the stricter reading
  of a bare "I don't eat meat").

A rule against one meat ("no red meat", "no pork", "halal meat only") is not this diet, nor is a
part-time one ("meat-free Mondays", "mostly no meat"), nor someone else's or a past one.

A diet named outright is read the same way ("I'm pescatarian.", "so I'm halal", "keto atm"): the
MiniLM reader missed both of those in generated test notes (2026-12-02). A name that qualifies a
food ("vegan cheese", "vegetarian options") or is negated ("not vegan", "ex-vegetarian") is not.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from domain.plan.allergy_guard import RESTRICTS
from domain.plan.clauses import (
    SOMEONE_ELSE_OR_PAST,
    THIRD_PERSON,
    any_word,
    clauses,
    named_patterns,
    open_clauses,
)
from domain.plan.reading import NotesReading, note_sentences
from domain.profile import AS_STRICT, Diet

_MEAT: Final = re.compile(
    r"(?<!red )(?<!processed )(?<!white )(?<!halal )(?<!zabiha )(?<!kosher )"
    r"\bmeats?\b(?!-| (?:substitutes?|alternatives?|eater))",
    re.IGNORECASE,
)
_MEAT_FREE: Final = re.compile(r"\bmeat[- ]?free\b|\bmeatless\b", re.IGNORECASE)
_FISH: Final = any_word(("fish", "sea ?food", "salmon", "tuna", "prawns?", "shrimps?"))
_REFUSES: Final = any_word(
    (
        "no",
        "not",
        r"don'?t",
        "do not",
        r"doesn'?t",
        "never",
        "without",
        "none",
        "zero",
        r"won'?t",
        r"giv(?:e|ing) up",
        "gave up",
        r"cut(?:ting)? out",
        "stopped eating",
        r"quit\w*",
    )
)
_NOT_THIS_DIET: Final = any_word(
    (
        *SOMEONE_ELSE_OR_PAST,
        "again",
        "mostly",
        "flexitarian",
        "sometimes",
        "occasionally",
        "once",
        "twice",
        r"\w+days?",
        r"weekends?",
        "big",
        "much",
        "fan",
        "less",
        r"cut(?:ting)? down",
        r"reduc\w+",
    )
)
"""Words that make a clause about a part-time habit, eating less, someone else or the past."""


_DIET_NAMES: Final[tuple[tuple[str, Diet], ...]] = (
    (r"vegan|plant[- ]based", Diet.vegan),
    (r"(?<!pesco-)(?<!pesco )(?:vege?tarian|vegitarian|veggie)", Diet.vegetarian),
    (r"pesc[ae]tarian|pescaterian|pescitarian|pesco[- ]vegetarian", Diet.pescatarian),
    (r"halal", Diet.halal),
    (r"keto|ketogenic|atkins|low[- ]carb", Diet.low_carb),
    (r"gluten[- ]?free", Diet.gluten_free),
)
_FOOD_AFTER: Final = (
    r"[- ](?:cheese|options?|recipes?|food|meals?|protein|powder|friendly|restaurants?|burgers?"
    r"|sausages?|alternatives?|versions?|stuff|dish(?:es)?|places?|friends?|snacks?|meat|butcher"
    r"|chicken|bakery|cafe|cookbook|products?|aisle"
    r"|(?:corn |rice |oat |whole ?grain )?(?:bread|pasta|beer|oats|flour|wraps?)"
    r"|diet for (?:a|one) (?:week|month))"
)
"""What follows a diet's name where it qualifies a food or a place: "vegan cheese"."""
_NAMED_DIETS: Final = named_patterns(_DIET_NAMES, not_before=_FOOD_AFTER)
_PAST_OR_PART_TIME: Final = (
    *SOMEONE_ELSE_OR_PAST,
    *THIRD_PERSON,
    "they",
    "no longer",
    "ex",
    "was",
    "were",
    "went",
    "mostly",
    "flexitarian",
    "sometimes",
    "occasionally",
    r"\w+days?",
    r"weekends?",
    "might",
    "maybe",
    "thinking",
    "considering",
    "someday",
)
"""Words that make a diet named beside them past, part-time, wished or someone else's."""
_NOT_NOW: Final = any_word(
    (
        *_PAST_OR_PART_TIME,
        "not",
        r"n'?t",
        "tried",
        "trying",
        "ish",
        "once",
        "during",
        "again",
        "except",
        "most",
    )
)
"""Words that make a diet's name not the user's way of eating now, or not the user's."""
_EATS_EVERYTHING_NOW: Final = any_word(
    (r"eat(?:ing)? (?:everything|anything|meat)", r"start(?:ed)? eating", "now i eat")
)
"""A sentence saying the user eats everything now dates any diet it names."""


_DATED: Final = any_word(_PAST_OR_PART_TIME)
"""Words that make a diet named in their clause past, part-time, wished or someone else's; a
narrower list than `_NOT_NOW` ("vegan isn't easy but I stick to it" dates nothing)."""
_WORD: Final = re.compile(r"\w+")
_NEARBY: Final = 3
_STILL: Final = any_word(
    ("still", "now", "again", "currently", "these days", "always", "we", "our", "us")
)
"""Words that keep a diet the user's: now, or the household's ("so our kitchen is gluten free")."""
_EATS_ALL: Final = re.compile(
    r"(?<!n't )(?<!not )(?<!never )\beat(?:ing)? (?:everything|anything|meat)\b|\bnow i eat\b",
    re.IGNORECASE,
)
"""A sentence saying the user eats all foods now; "started eating fish again" is not one."""
_EXCEPT: Final = any_word(("except", "but not", "apart from", "other than", "besides"))
_MEAT_DIETS: Final = frozenset({Diet.vegan, Diet.vegetarian, Diet.pescatarian})


def dated_diets(notes: str) -> frozenset[Diet]:
    """The diets the notes name only as past, part-time, wished or someone else's ("I went vegan
    in 2019", "my wife is vegan", "not vegetarian anymore", "Vegan for five years, but now I eat
    everything"), each the one diet its clause names and never beside "still" or "now"; and the
    meat-free diets, where the user says they eat meat or everything ("I eat meat, fish, eggs,
    dairy, the lot") without an exception, and names or refuses none."""
    dated: set[Diet] = set()
    current: set[Diet] = set(named_diets(notes))
    eats_everything = False
    for sentence in note_sentences(notes):
        everything = bool(_EATS_ALL.search(sentence))
        eats_everything |= everything and not _EXCEPT.search(sentence)
        for clause in clauses(sentence):
            names = {diet for pattern, diet in _NAMED_DIETS if pattern.search(clause)}
            alone = len(names) == 1 and not _STILL.search(clause)
            (dated if alone and (everything or _dated_nearby(clause)) else current).update(names)
    if eats_everything and not current and meat_free_diet(notes) is None:
        dated |= _MEAT_DIETS
    return frozenset(dated - current)


def _dated_nearby(clause: str) -> bool:
    """Whether a dating word stands within `_NEARBY` words of the diet the clause names: notes
    run statements together ("i love cooking on weekends I try to stay halal")."""
    names = [match for pattern, _ in _NAMED_DIETS if (match := pattern.search(clause))]
    for dating in _DATED.finditer(clause):
        for name in names:
            start, end = sorted(
                (dating.end(), name.start())
                if dating.end() <= name.start()
                else (name.end(), dating.start())
            )
            if len(_WORD.findall(clause[start:end])) <= _NEARBY:
                return True
    return False


def named_diets(notes: str) -> frozenset[Diet]:
    """The diets the notes name as the user's, in clauses that neither negate nor date them."""
    found: set[Diet] = set()
    for clause in open_clauses(notes, clears=_NOT_NOW, sentence_clears=_EATS_EVERYTHING_NOW):
        found |= {diet for pattern, diet in _NAMED_DIETS if pattern.search(clause)}
    if Diet.vegetarian in found and _refusals(notes).fish_allowed:
        found = (found - {Diet.vegetarian}) | {Diet.pescatarian}  # "veggie but I eat fish"
    return frozenset(found)


def with_named_diets(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with the diets the notes name, unless it reads one that covers each."""
    added = {d for d in named_diets(notes) if not reading.diets & AS_STRICT.get(d, {d})}
    if not added:
        return reading
    return reading.model_copy(update={"diets": reading.diets | added})


def meat_free_diet(notes: str) -> Diet | None:
    """The diet the notes state by refusing meat, if any (see module)."""
    return _refusals(notes).diet


def with_meat_free_diet(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with the diet the notes state by refusing meat, unless it reads one as strict.

    A pescatarian reading stands only where the notes allow fish or name the diet ("Pescatarian,
    no meat"). Refusing meat without a word on fish reads vegetarian over it: the fine-tune read
    "I stopped eating meat years ago" as pescatarian and served a vegetarian fish
    (2026-12-02, test split).
    """
    refusals = _refusals(notes)
    diet = refusals.diet
    if diet is None:
        return reading
    covering = {Diet.vegan, Diet.vegetarian}
    if not refusals.fish and (refusals.fish_allowed or Diet.pescatarian in named_diets(notes)):
        covering.add(Diet.pescatarian)
    if reading.diets & covering:
        return reading
    return reading.model_copy(update={"diets": reading.diets | {diet}})


class _Refusals(NamedTuple):
    """Whether the notes refuse meat, refuse fish, and allow fish, each in some clause."""

    meat: bool
    fish: bool
    fish_allowed: bool

    @property
    def diet(self) -> Diet | None:
        """Pescatarian where meat is refused and fish allowed, else vegetarian; none where meat
        is not refused."""
        if not self.meat:
            return None
        return Diet.pescatarian if self.fish_allowed and not self.fish else Diet.vegetarian


def _refusals(notes: str) -> _Refusals:
    meat_refused = fish_refused = fish_allowed = False
    for clause in open_clauses(notes, clears=_NOT_THIS_DIET):
        refuses = bool(_REFUSES.search(clause) or RESTRICTS.search(clause))
        if _MEAT_FREE.search(clause) or (refuses and _MEAT.search(clause)):
            meat_refused = True
        if _FISH.search(clause):
            fish_refused |= refuses
            fish_allowed |= not refuses
    return _Refusals(meat_refused, fish_refused, fish_allowed)
