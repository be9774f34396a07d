"""The slips people make when they type a note: typos, texting words, no capitals, no full stop.

Templates write clean sentences; people write "alergic to peanutes", "dairy free pls" and "i have
bands n a kettlebell". Readers trained on clean text alone missed such notes (the hand-written
set's `typos`, `texting` and `slang` notes), so some generated sentences get a few of these
slips. A slip never changes what a sentence states, and never splits it in two.
"""

from __future__ import annotations

import random
import re
from typing import Final

NOISE_PROBABILITY: Final = 0.3
"""Share of sentences that get any slip; each slip below is then drawn on its own."""
TYPO_PROBABILITY: Final = 0.6
TEXTING_PROBABILITY: Final = 0.35
LOWERCASE_PROBABILITY: Final = 0.5
NO_FULL_STOP_PROBABILITY: Final = 0.5

TEXTING_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "and": ("n", "&", "+"),
    "are": ("r",),
    "please": ("pls", "plz"),
    "you": ("u",),
    "because": ("bc", "cos"),
    "with": ("w/",),
    "though": ("tho",),
    "really": ("rly",),
    "don't": ("dont",),
    "can't": ("cant",),
    "I'm": ("im", "Im"),
}
"""Whole words people shorten in texts, and what they write instead."""

_WORD = re.compile(r"[A-Za-z']+")
_TYPO_MIN_LETTERS: Final = 4
"""Shorter words ("no", "not") carry meaning a typo would flip; they are left alone."""


def noisy(sentence: str, rng: random.Random) -> str:
    """`sentence` with a few typing slips, or unchanged (`1 - NOISE_PROBABILITY` of the time).

    Args:
        sentence: One clean sentence.
        rng: Seeded source of randomness.

    Returns:
        The sentence as someone in a hurry might type it; never empty.
    """
    if rng.random() >= NOISE_PROBABILITY:
        return sentence
    if rng.random() < TEXTING_PROBABILITY:
        sentence = _texting(sentence, rng)
    if rng.random() < TYPO_PROBABILITY:
        sentence = _typo(sentence, rng)
    if rng.random() < LOWERCASE_PROBABILITY:
        sentence = sentence.lower()
    if rng.random() < NO_FULL_STOP_PROBABILITY and len(sentence) > 1:
        sentence = sentence.rstrip(".")
    return sentence


def _texting(sentence: str, rng: random.Random) -> str:
    def shorten(match: re.Match[str]) -> str:
        word = match.group(0)
        choices = TEXTING_WORDS.get(word) or TEXTING_WORDS.get(word.lower())
        return rng.choice(choices) if choices else word

    return _WORD.sub(shorten, sentence)


def _typo(sentence: str, rng: random.Random) -> str:
    """One slip in one longer word: two letters swapped, one dropped or one doubled."""
    words = [m for m in _WORD.finditer(sentence) if len(m.group(0)) >= _TYPO_MIN_LETTERS]
    if not words:
        return sentence
    match = rng.choice(words)
    word = match.group(0)
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        slipped = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    elif kind == 1:
        slipped = word[:at] + word[at + 1 :]
    else:
        slipped = word[:at] + word[at] + word[at:]
    return sentence[: match.start()] + slipped + sentence[match.end() :]
