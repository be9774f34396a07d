from __future__ import annotations

import random

from domain.plan.reading import note_sentences
from training.sft_data.noise import NOISE_PROBABILITY, noisy

SENTENCES = (
    "I'm allergic to peanuts and shellfish.",
    "Please keep my meals vegan because I don't eat animal products.",
    "My left knee hurts when I run.",
    "I have dumbbells and a kettlebell at home.",
)


def test_a_share_of_sentences_get_slips_and_stay_one_sentence() -> None:
    rng = random.Random(0)
    written = [(sentence, noisy(sentence, rng)) for sentence in SENTENCES * 250]
    changed = [(clean, slipped) for clean, slipped in written if clean != slipped]
    assert 0.6 * NOISE_PROBABILITY < len(changed) / len(written) < 1.2 * NOISE_PROBABILITY
    for _, slipped in written:
        assert slipped and note_sentences(slipped) == [slipped]
    slipped_texts = {slipped for _, slipped in changed}
    assert any(text.islower() for text in slipped_texts)  # no capitals
    assert any(not text.endswith(".") for text in slipped_texts)  # no full stop
    assert any(" n " in text or " & " in text or " + " in text for text in slipped_texts)  # texting
    assert any("peanuts" not in text.lower() and "pean" in text.lower() for text in slipped_texts)


def test_short_words_keep_their_meaning() -> None:
    """ "no" and "not" carry the meaning a typo would flip; only longer words slip."""
    rng = random.Random(1)
    for _ in range(200):
        words = noisy("no not ok", rng).rstrip(".").lower().split()
        assert words == ["no", "not", "ok"]


def test_same_seed_same_slips() -> None:
    first = [noisy(s, random.Random(7)) for s in SENTENCES]
    assert first == [noisy(s, random.Random(7)) for s in SENTENCES]
