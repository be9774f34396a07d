"""The people besides the user that notes speak of ("my wife is allergic to nuts").

A constraint stated about one of them is not the user's: the notes generator writes such
sentences for readers to learn to read as nothing, and the rule guards read nothing from them.
"""

from __future__ import annotations

from typing import Final

OTHER_PEOPLE: Final[tuple[str, ...]] = (
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "girlfriend",
    "boyfriend",
    "flatmate",
    "mum",
    "dad",
    "brother",
    "sister",
    "best friend",
)
