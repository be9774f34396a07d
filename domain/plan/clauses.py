"""Clauses and word lists the rule guards under the readers share (`domain.plan.notes_guard`).

A sentence says several things at once ("no meat, but fish is fine"; "allergic to crustaceans,
fin fish are OK"), and what one part clears the next may restrict, so the guards judge a
sentence clause by clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final, TypeVar

from domain.plan.people import OTHER_PEOPLE
from domain.plan.reading import note_sentences

Meaning = TypeVar("Meaning")

_CLAUSE_BREAK: Final = re.compile(
    r"[,;:()+&=]| - | but | though | tho | although | whereas | except | however "
    r"| apart from | other than | besides ",
    re.IGNORECASE,
)

SOMEONE_ELSE_OR_PAST: Final[tuple[str, ...]] = (
    "not anymore",
    "anymore",
    "any more",
    "used to",
    "grew out",
    "outgrew",
    *OTHER_PEOPLE,
    "friend",
    "kids?",
    "children",
    "child",
    "mom",
    "roommate",
)
"""Words that make a clause about someone else, or about the past: it states nothing the user
needs now."""
THIRD_PERSON: Final[tuple[str, ...]] = ("she", r"she'?s", "he", r"he'?s", "her", "his")
"""Pronouns that make a clause someone else's ("she's the vegetarian")."""


def clauses(sentence: str) -> list[str]:
    """The clauses of one sentence: split at commas, colons, brackets and contrast words."""
    return [clause for clause in _CLAUSE_BREAK.split(f" {sentence} ") if clause.strip()]


def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of `words` (regular expressions) as whole words, in any case."""
    return re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)


def named_patterns(
    names: Iterable[tuple[str, Meaning]], *, not_before: str = ""
) -> tuple[tuple[re.Pattern[str], Meaning], ...]:
    """Each name (a regular expression) as a whole-word pattern in any case, with its meaning.

    Args:
        names: Names and what each means.
        not_before: What must not follow a name for it to mean that ("[- ]only": the
            "seafood" of "seafood-only" is not an allergen); empty: anything may.
    """
    after = f"(?!{not_before})" if not_before else ""
    return tuple(
        (re.compile(rf"\b(?:{words})\b{after}", re.IGNORECASE), meaning) for words, meaning in names
    )


def names_in(
    clause: str,
    patterns: tuple[tuple[re.Pattern[str], Meaning], ...],
    mistyped: tuple[tuple[str, Meaning], ...],
    *,
    min_letters: int,
    real_words: frozenset[str] = frozenset(),
) -> list[Meaning]:
    """What `clause` names: each pattern that matches, most specific first (a match is taken out
    of the clause, so "tree nuts" is not also "nuts"), then each word of at least `min_letters`
    one slip from a `mistyped` name, unless it is one of the `real_words` a slip from one."""
    found: list[Meaning] = []
    for pattern, meaning in patterns:
        if pattern.search(clause):
            found.append(meaning)
            clause = pattern.sub(" ", clause)
    for word in re.findall(rf"[a-z]{{{min_letters},}}", clause.casefold()):
        if word not in real_words:
            found += [meaning for name, meaning in mistyped if one_slip(word, name)]
    return found


def open_clauses(
    notes: str, *, clears: re.Pattern[str], sentence_clears: re.Pattern[str] | None = None
) -> Iterator[str]:
    """The clauses of `notes` that may state something of the user now: those `clears` does not
    match, in sentences `sentence_clears` (when given) does not match."""
    for sentence in note_sentences(notes):
        if sentence_clears is not None and sentence_clears.search(sentence):
            continue
        yield from (clause for clause in clauses(sentence) if not clears.search(clause))


def one_slip(word: str, name: str) -> bool:
    """Whether `word` is `name` with one letter dropped, one added or two neighbours swapped.

    A changed letter is not a slip here: it turns names into other words too often ("dairy" →
    "daily", "gluten" → "glutes").
    """
    if len(word) == len(name):
        swaps = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        return len(swaps) == 2 and swaps[1] == swaps[0] + 1 and word[swaps[0]] == name[swaps[1]]
    short, long = sorted((word, name), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
