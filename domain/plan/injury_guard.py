"""A hurt body part named in so many words: a guard under the readers against planning on it.

A missed injury is a plan that loads a joint the user said hurts; the readers missed them in
plain notes ("neck's been stiff since the crash", run on into the next statement, 2026-12-02).
A clause that names a body area beside a word of hurt ("bad", "sore", "torn", "surgery") or a
condition of it ("rotator cuff", "tennis elbow", "sciatica") reads that area as an injury; a
clause that clears it ("fine", "doesn't hurt"), or speaks of someone else or the past, reads
nothing, and so does a sentence that says the injury is over ("healed", "rehabbed", "fixed"; not
"never healed"). Areas joined by "+" or "&" share the hurt word after them ("lower back + left
shoulder both dodgy").
A bare "back" counts only beside a word of hurt, never as "back squats" or "back to the gym";
an upper back is outside the vocabulary.
"""

from __future__ import annotations

import re
from typing import Final

from domain.plan.clauses import (
    SOMEONE_ELSE_OR_PAST,
    THIRD_PERSON,
    any_word,
    clauses,
    named_patterns,
    open_clauses,
)
from domain.plan.reading import NotesReading, note_sentences
from domain.profile import BodyArea

_CONDITIONS: Final[tuple[tuple[str, BodyArea], ...]] = (
    (r"acl|mcl|menisc\w*|patell\w*|runner'?s knee|jumper'?s knee", BodyArea.knee),
    (r"sciatica|lumbar", BodyArea.lower_back),
    (r"rotator cuff|impingement|frozen shoulder|labrum|ac joint", BodyArea.shoulder),
    (r"carpal tunnel|de quervain'?s?", BodyArea.wrist),
    (r"tennis elbow|golfer'?s elbow|epicondyl\w*", BodyArea.elbow),
    (r"hip replacement|hip flexor strain", BodyArea.hip),
    (r"achilles", BodyArea.ankle),
    (r"whiplash|cervical", BodyArea.neck),
)
"""Conditions that name their area and the hurt at once."""
_DISC: Final = re.compile(r"\bdiscs?\b", re.IGNORECASE)
"""A disc is a lumbar one where its clause names no area or condition ("a bulging disc in my
neck" is the neck's)."""
_AREAS: Final[tuple[tuple[str, BodyArea], ...]] = (
    (r"knee+s?|kneecaps?", BodyArea.knee),
    (
        r"lower back|low back|(?<!upper )back(?! (?:squats?|days?|to|in|from|then|when|home|off))"
        r"|(?<!cervical )(?<!thoracic )spine",
        BodyArea.lower_back,
    ),
    (r"shoulders?", BodyArea.shoulder),
    (r"wrists?", BodyArea.wrist),
    (r"elbows?", BodyArea.elbow),
    (r"hips?", BodyArea.hip),
    (r"ankles?", BodyArea.ankle),
    (r"neck", BodyArea.neck),
)
_HURT: Final = any_word(
    (
        "bad",
        "dodgy",
        "gammy",
        "dicky",
        r"injur\w*",
        r"hurts?",
        "hurting",
        r"pain\w*",
        "sore",
        r"ach(?:e|es|ing|y)",
        "tear",
        "torn",
        r"sprain\w*",
        r"strain\w*",
        "broke",
        "broken",
        r"fractur\w*",
        "surgery",
        "operation",
        r"replace\w*",
        r"repair\w*",
        r"dislocat\w*",
        r"tend[io]n\w*",
        r"\w*arthriti[cs]",
        "bursitis",
        "creaky",
        r"niggl\w*",
        "weak",
        "unstable",
        r"gives? out",
        "gave out",
        "recovering",
        "rehab",
        "physio",
        r"problem\w*",
        r"issues?",
        "trouble",
        r"twinge\w*",
        "stiff",
        r"herniat\w*",
        "slipped",
        "bulging",
        r"swollen",
        r"inflam\w*",
        r"flar\w*",
        r"protect\w*",
        "careful",
        "wonky",
        "knackered",
        "shot",
        "busted",
        "messed up",
        r"tweak\w*",
        "pulled",
        "twisted",
        "rolled",
        "cranky",
        "grumpy",
        "playing up",
        "acting up",
        "in a cast",
        "cooked",
        "wrecked",
        r"bum(?= (?:left |right )?(?:knee|shoulder|hip|ankle|wrist|elbow|back|neck))",
        "trashed",
        "jacked",
        "fragile",
    )
)
_FINE: Final = (
    "fine",
    "ok",
    "okay",
    "no problems?",
    "no issues?",
    "no pain",
    "pain[- ]free",
    r"(?:does ?n'?t|do ?n'?t|does not|do not|never) (?:hurt|bother|ache)\w*",
    "all good",
    "all clear",
)
"""Words that say the areas named beside them are fine."""
_CLEARS: Final = any_word(
    (
        *SOMEONE_ELSE_OR_PAST,
        *THIRD_PERSON,
        *_FINE,
        r"noth\w* wrong",
        "strong",
        "perfect",
        "great",
    )
)
"""Words that clear their clause, or make it someone else's."""
_ALL_CLEAR: Final = any_word(
    (
        r"(?<!never )(?<!not )(?<!n't )heal(?:ed|s)",
        r"(?:fully )?recovered",
        "fixed",
        "asymptomatic",
        "rehabbed",
        r"feels? (?:strong|fine|great|good)",
        "good as new",
        "back to normal",
        "no longer",
    )
)
"""Words that clear the whole sentence: "Bad ankle from netball, but it's been rehabbed"."""


_JOINED: Final = re.compile(r"\s*[+&]\s*")
"""Areas joined by a sign share what follows: "lower back + left shoulder both dodgy"."""
_CONDITION_PATTERNS: Final = named_patterns(_CONDITIONS)
_AREA_PATTERNS: Final = named_patterns(_AREAS)


def named_injuries(notes: str) -> frozenset[BodyArea]:
    """The areas the notes name as hurt, clause by clause (see module)."""
    found: set[BodyArea] = set()
    joined = _JOINED.sub(" and ", notes)
    for clause in open_clauses(joined, clears=_CLEARS, sentence_clears=_ALL_CLEAR):
        areas = {area for pattern, area in _AREA_PATTERNS if pattern.search(clause)}
        conditions = {area for pattern, area in _CONDITION_PATTERNS if pattern.search(clause)}
        found |= conditions | (areas if _HURT.search(clause) else set())
        if not areas | conditions and _DISC.search(clause):
            found.add(BodyArea.lower_back)
    return frozenset(found)


_FINE_NOW: Final = any_word((*_FINE, "sorted"))
"""Words by which a clause says the areas it names are fine now."""


def cleared_injuries(notes: str) -> frozenset[BodyArea]:
    """The areas the notes name only in clauses that say they are fine now ("My knee is fine
    now", "shoulder's fine", "my upper neck is totally fine, no pain at all"). A clause that also
    hurts clears nothing ("Kneecap and right shoulder injury" run on after "is fine for me"), and
    nor does a clause of its own ("... clicks, but it doesn't hurt" names no area)."""
    cleared: set[BodyArea] = set()
    named: set[BodyArea] = set()
    sentences = note_sentences(_JOINED.sub(" and ", notes))
    for clause in (clause for sentence in sentences for clause in clauses(sentence)):
        areas = {area for pattern, area in _AREA_PATTERNS if pattern.search(clause)}
        areas |= {area for pattern, area in _CONDITION_PATTERNS if pattern.search(clause)}
        fine = _FINE_NOW.search(clause) or _ALL_CLEAR.search(clause)
        hurt = _HURT.search(_FINE_NOW.sub(" ", clause))
        (cleared if fine and not hurt else named).update(areas)
    return frozenset(cleared - named)


def with_named_injuries(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with every area the notes name as hurt."""
    added = named_injuries(notes) - reading.injuries
    if not added:
        return reading
    return reading.model_copy(update={"injuries": reading.injuries | added})
