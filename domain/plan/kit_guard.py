"""No kit at all, said in so many words: a guard under the readers against planning with kit.

Equipment the user does not have is an unsafe misread (a plan they cannot follow), and the
readers made it on the plainest notes: "no gym no kit, just me n the floor" was read as a gym
(2026-12-02). A note that denies having any kit ("no equipment", "no gym", "bodyweight only") and
names none the user has ("no gym, but I've got dumbbells") states body weight only; so does one
that says it is body weight now ("gave up the gym, it's all bodyweight", "got nothing").
"""

from __future__ import annotations

import re
from typing import Final

from domain.plan.clauses import clauses
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
    r"|\bnothing but (?:my )?(?:own )?body ?weight\b",
    re.IGNORECASE,
)
_NAMES_KIT: Final = re.compile(
    r"\b(?:dumbbells?|dbs?|kettlebells?|kbs?|barbells?|bar and plates|plates|bands?|tubes?"
    r"|cables?|machines?|smith|leg press|ez[- ]?bar|curl bar|med(?:icine)? ?balls?"
    r"|swiss ball|stability ball|exercise ball|foam roll\w*|weights|gym|kit|equipment|gear)\b",
    re.IGNORECASE,
)


def denies_all_kit(notes: str) -> bool:
    """Whether the notes deny having any kit and name none the user has (see module)."""
    denied = False
    for sentence in note_sentences(notes):
        for clause in clauses(sentence):
            if _DENIES_KIT.search(clause):
                denied = True
                if _NAMES_KIT.search(_DENIES_KIT.sub(" ", clause)):
                    return False
            elif _NAMES_KIT.search(clause):
                return False
    return denied


def with_body_weight_only(reading: NotesReading, notes: str) -> NotesReading:
    """`reading` with body weight as the only kit when the notes deny having any."""
    only_body = frozenset({Equipment.body_only})
    if reading.equipment == only_body or not denies_all_kit(notes):
        return reading
    return reading.model_copy(update={"equipment": only_body})
