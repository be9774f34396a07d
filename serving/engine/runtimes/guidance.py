"""Grammar-constrained decoding with llguidance: token masks and forced (jump-forward) tokens.

onnxruntime-genai has its own guidance, but it only advances one token per model call. Running
llguidance ourselves lets the decoding loop append every token the grammar forces (a name's tail
once its prefix is unique, the JSON between names) in one call: about half of a draft's tokens and
three quarters of a reading's are forced.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Final

import llguidance
import llguidance.hf
import numpy as np
from numpy.typing import NDArray

MATCHER_CACHE_SIZE: Final = 64
"""Compiled schemas kept: one per request shape and allowed-name set; compiling takes ~10-50 ms."""


class GrammarError(ValueError):
    """A schema llguidance cannot compile, or a token the grammar refused."""


class Guide:
    """Compiles JSON schemas into matchers for one tokenizer and turns their masks into arrays.

    Args:
        tokenizer: A fast Hugging Face tokenizer (the one the prompt is rendered with).
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = llguidance.hf.from_tokenizer(tokenizer)
        self._pristine: OrderedDict[str, llguidance.LLMatcher] = OrderedDict()

    def matcher(self, schema: Mapping[str, Any]) -> llguidance.LLMatcher:
        """A fresh matcher for `schema` (compiled once, then copied).

        Raises:
            GrammarError: If the schema does not compile.
        """
        key = json.dumps(schema)  # key order matters: properties are written in schema order
        pristine = self._pristine.get(key)
        if pristine is None:
            grammar = llguidance.LLMatcher.grammar_from_json_schema(key)
            pristine = llguidance.LLMatcher(self.tokenizer, grammar, log_level=0)
            if pristine.is_error():
                raise GrammarError(f"the JSON schema does not compile: {pristine.get_error()}")
            self._pristine[key] = pristine
            if len(self._pristine) > MATCHER_CACHE_SIZE:
                self._pristine.popitem(last=False)
        else:
            self._pristine.move_to_end(key)
        return pristine.deep_copy()

    @staticmethod
    def allowed(matcher: llguidance.LLMatcher, vocab_size: int) -> NDArray[np.bool_]:
        """The tokens the grammar allows next, as a boolean array over the model's logits.

        Logits past the tokenizer's vocabulary (padding rows of the embedding) are never allowed.
        """
        bits = np.unpackbits(
            np.frombuffer(matcher.compute_bitmask(), dtype=np.uint8), bitorder="little"
        ).astype(bool)
        if len(bits) >= vocab_size:
            return bits[:vocab_size]
        return np.concatenate([bits, np.zeros(vocab_size - len(bits), dtype=bool)])

    @staticmethod
    def advance(matcher: llguidance.LLMatcher, token: int, *, jump_forward: bool) -> list[int]:
        """Consume the chosen token and, with `jump_forward`, every token the grammar then forces.

        Returns:
            The tokens to append to the sequence: `token` first.

        Raises:
            GrammarError: If the grammar refused a token (a bug: masks allow only valid ones).
        """
        step = [token]
        ok = matcher.consume_token(token)
        if ok and jump_forward and not matcher.is_stopped():
            forced = matcher.compute_ff_tokens()
            ok = matcher.consume_tokens(forced)
            step += forced
        if not ok:
            raise GrammarError(f"the grammar refused token {token}: {matcher.get_error()}")
        return step
