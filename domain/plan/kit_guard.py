"""The kit the notes list, said in so many words: a guard under the readers against planning with
kit the user does not have.

Equipment the user does not have is an unsafe misread (a plan they cannot follow), and it was
the readers' commonest left on the hand-written notes once the allergy guard ran: "The gym at
work has a few machines, a cable stack and dumbbells" and "no gym no kit, just me n the floor"
were both read as a full gym (2026-12-02). So, clause by clause, leaving out clauses about
someone else, the past or the future ("my brother's home gym", "getting a kettlebell next
month", "the garage gym won't come with us"):

- notes that name a gym without limiting it or listing its kit ("a gym membership", "a
  commercial gym with everything") change nothing: a gym has everything;
- notes that list kit (at home, in a gym the sentence says has it, or in a hotel, work,
  apartment, garage or climbing gym) keep only the
  listed kit of what was read ("dumbbells and bands"; "dumbbell curls" names an exercise), less
  any kit they say is missing ("plates at home, no dumbbells");
- notes that deny having any ("no equipment", "bodyweight only", "got nothing") and list none
  read body weight only.
"""

from __future__ import annotations

import re
from typing import Final

from domain.plan.clauses import SOMEONE_ELSE_OR_PAST, any_word, clauses, named_patterns, names_in
from domain.plan.reading import NotesReading, note_sentences
from domain.profile import Equipment

_ANY_KIT: Final = r"(?:gym|kit|equipment|weights|gear)"
_DENIES_KIT: Final = re.compile(
    rf"\b(?:no|zero|without|(?:do not|don'?t|doesn'?t|haven'?t|not) (?:have|got|own)|have no"
    rf"|not got|nothing but|nothing except)\b (?:any |a |an |my )?(?:home |real |proper )?"
    rf"{_ANY_KIT}\b"
    r"|\b(?:gave|give|giving|quit|cancell?ed) (?:up )?(?:the |my )?gym\b"
    r"|\b(?:got|have|own) nothing\b(?! (?:against|else))"
    r"|\b(?:it'?s|all|so) (?:all )?body ?weight\b"
    r"|\b(?:body ?weight|bw)(?: stuff| work| exercises?)? only\b"
    r"|\b(?:only|just|purely|strictly) (?:my )?(?:own )?body ?weight\b"
    r"|\b(?:equipment|kit)[- ]free\b"
    r"|\bnothing but (?:my )?(?:own )?body ?weight\b"
    r"|\bplan (?:for|around) body ?weight\b",
    re.IGNORECASE,
)
_EXERCISE_WORDS: Final = (
    r"\s+(?:\w+\s+)?(?:press\w*|curls?|rows?|squats?|fl(?:y|ies|yes)|raises?|lunges?|deadlifts?"
    r"|swings?|extensions?|pullovers?|shrugs?|kickbacks?|snatch\w*|cleans?|thrusters?|rollouts?"
    r"|pull-?aparts?|crossovers?|pushdowns?|exercises?|moves?)\b"
)
"""What follows a kit name where it names an exercise: "dumbbell curls", "cable crossovers"."""
_KIT_NAMES: Final[tuple[tuple[str, Equipment], ...]] = (
    (r"cable (?:stack|machine|station|column)s?|cables?", Equipment.cable),
    (r"ez[- ]?bars?|curl bars?", Equipment.ez_bar),
    (r"dumbbells?|dbs", Equipment.dumbbell),
    (r"kettlebells?|kbs?", Equipment.kettlebell),
    (r"barbells?|olympic bar|bar and plates", Equipment.barbell),
    (r"(?:resistance |loop )?bands?|(?:resistance )?tubes?", Equipment.bands),
    (r"med(?:icine)? ?balls?", Equipment.medicine_ball),
    (r"(?:swiss|stability|exercise|yoga) balls?", Equipment.exercise_ball),
    (r"foam roll\w*", Equipment.foam_roll),
    (r"smith machine|leg press|machines?", Equipment.machine),
)
_KIT_PATTERNS: Final = named_patterns(_KIT_NAMES, not_before=_EXERCISE_WORDS)
_REFUSED_KIT_PATTERNS: Final = tuple(
    (
        re.compile(
            r"\b(?:no|without|zero|not any|never any)\s+(?:[\w-]+\s+(?:or|nor)\s+)?"
            rf"(?:(?:any|a|an|real|proper|heavy|free|olympic)\s+)*(?:{names})\b",
            re.IGNORECASE,
        ),
        kit,
    )
    for names, kit in _KIT_NAMES
)
"""Kit a clause says the user lacks, beside kit they have: "plates at home, no dumbbells"."""
_GYM: Final = re.compile(r"\bgyms?\b", re.IGNORECASE)
_NO_GYM: Final = re.compile(r"\bgyms?\s*[:=-]\s*(?:none|nope|no|n/?a)\b", re.IGNORECASE)
"""A gym given as none, in a list of what the user has: "gym: none"."""
_GYM_HAS: Final = re.compile(r"\bgyms?\b.*\b(?:has|have|there'?s)\b", re.IGNORECASE)
"""A gym the sentence says has some kit ("the leisure centre gym, which has machines and
cables") has that kit; one the user only trains at ("barbells and cables at my gym") may have
more, as the training data has it."""
_LIMITED: Final = any_word(
    (
        "hotel",
        "apartment",
        "at work",
        "work gym",
        "office",
        "garage",
        "home",
        "crossfit",
        "small",
        "basic",
        "tiny",
        "little",
        "limited",
        "building",
        "condo",
        "uni",
        "university",
        "student",
        "makeshift",
        "mini",
        "shed",
        "basement",
        "climbing",
        "bouldering",
    )
)
"""Words that make a gym one with only the kit the notes list."""
_ELSEWHERE: Final = any_word(
    (
        *SOMEONE_ELSE_OR_PAST,
        "ex",
        r"won'?t",
        "will not",
        "moving",
        "sold",
        "gave away",
        "closed",
        "getting (?:a|an|some|new|more)",
        r"buy\w*",
        "might",
        "maybe",
        "someday",
        "next (?:week|month|year)",
        "one day",
        r"(?:i'?d|would) love",
    )
)
"""Words that make a clause about kit the user does not have now."""
_LIKES_OR_DISLIKES: Final = any_word(
    (
        "love",
        "loving",
        "enjoy",
        r"favou?rite",
        "hate",
        r"boring|bored|monotonous|tedious|dull",
        "tired",
        "sick",
        "fan",
        "dread",
        "kick out of",
        "into",
        "against",
    )
)
"""Words of a clause about exercises the user likes or not ("I love cable curls", "calf raises
on a dumbbell bore me"): kit named there may or may not be theirs, so the guard reads nothing."""
_FULL_GYM: Final = any_word(
    ("everything", "the works", "fully equipped", "full gym", "commercial", "every machine")
)
_MISTYPED: Final[tuple[tuple[str, Equipment], ...]] = (
    *((name, Equipment.dumbbell) for name in ("dumbbell", "dumbbells")),
    *((name, Equipment.kettlebell) for name in ("kettlebell", "kettlebells")),
    *((name, Equipment.barbell) for name in ("barbell", "barbells")),
    ("machines", Equipment.machine),
    ("medicine", Equipment.medicine_ball),
)
"""Kit names people mistype ("dumbeblls", "Kettlebels"): read one slip away."""
BODY_WEIGHT_ONLY: Final = frozenset({Equipment.body_only})


def listed_kit(notes: str) -> frozenset[Equipment] | None:
    """The kit the notes list, with body weight, when they list some or deny having any; None
    when they name a gym with everything, or state nothing about kit (see module)."""
    if _FULL_GYM.search(notes):
        return None
    named: set[Equipment] = set()
    refused: set[Equipment] = set()
    denied = False
    for sentence in note_sentences(_NO_GYM.sub("no gym", notes)):
        sentence_clauses = [clause for clause in clauses(sentence) if not _ELSEWHERE.search(clause)]
        lists_kit = bool(_GYM_HAS.search(sentence)) and any(map(_kit_named, sentence_clauses))
        for clause in sentence_clauses:
            if _LIKES_OR_DISLIKES.search(clause):
                if _kit_named(clause):
                    return None
                continue
            if _DENIES_KIT.search(clause):
                denied = True
                clause = _DENIES_KIT.sub(" ", clause)
            if _GYM.search(clause) and not (lists_kit or _LIMITED.search(clause)):
                return None
            refused |= {kit for pattern, kit in _REFUSED_KIT_PATTERNS if pattern.search(clause)}
            named |= _kit_named(clause)
    named -= refused
    if not named and not denied:
        return None
    return BODY_WEIGHT_ONLY | named


def _kit_named(clause: str) -> set[Equipment]:
    return set(names_in(clause, _KIT_PATTERNS, _MISTYPED, min_letters=6))


def with_listed_kit(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with no kit the notes do not list: body weight alone where they deny having
    any; a reading of no kit (body weight) stays as it is where they list some."""
    kit = listed_kit(notes)
    if kit is None or (not reading.equipment and kit != BODY_WEIGHT_ONLY):
        return reading
    kept = kit if kit == BODY_WEIGHT_ONLY else reading.equipment & kit
    if kept == reading.equipment:
        return reading
    return reading.model_copy(update={"equipment": kept})
