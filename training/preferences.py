"""Preference pairs for DPO from plan feedback: a draft users liked over one they did not.

The pairing rule:
1. Feedback on one plan version (same user, request, notes and draft) is merged first: the latest
   stars, and the latest thumb per item.
2. Drafts are compared within a *request shape*: the request without the body measurements,
   activity level and macro targets (sex, age, height, weight, activity_level, targets). Drafts
   name catalog foods and exercises without quantities (the solver sets portions), so a draft
   made for one request of a shape honours every constraint of any other request of that shape:
   same allergies, diet, equipment, injuries, dislikes, days and meals per day.
3. Stars: a draft rated 4 or 5 stars is chosen over one rated 1 or 2.
4. Thumbs: a draft with a thumbs-down on an item it contains is rejected in favour of a draft
   that contains none of its thumbed-down items and has no negative feedback of its own (no
   thumbs-down, no rating under 3).
5. The prompt is the rejected draft's own (`domain.prompt.prompt_messages` of its request and
   notes): the rejected side is exactly what a model wrote for that prompt. At most
   `max_per_rejected` chosen drafts per rejected one (best rated, then most recent), no pair
   twice, and never a draft against an identical one.

Limits: across users, stars measure raters as much as drafts (one user's 5 stars may be another's
3); notes are compared only through the request they were read into, so preferences stated in
words the reading does not capture are ignored; thumbs-up alone make no pair (a draft without a
liked item is no evidence of a bad draft); an item thumbed down in context (a food that was fine,
but not three times a day) counts as disliked wherever it appears.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from pydantic import ValidationError

from domain.api.experiments import PreferenceRecord
from domain.plan.draft import PlanDraft
from domain.plan.request import PlanRequest
from domain.prompt import ChatMessage, parse_draft, prompt_messages, serialise_draft

LIKED: Final = 4
DISLIKED: Final = 2
SHAPE_EXCLUDES: Final = frozenset(
    {"sex", "age", "height_cm", "weight_kg", "activity_level", "targets"}
)
STARS, THUMBS = "stars", "thumbs"


@dataclass(frozen=True)
class RatedDraft:
    """One served plan version with its merged feedback."""

    unit: str
    request: PlanRequest
    notes: str
    draft: str
    items: frozenset[str]
    """Every food and exercise the draft names, case-folded."""
    model_version: str | None
    stars: int | None
    thumbs: dict[str, int]
    at: datetime

    @property
    def shape(self) -> str:
        return self.request.model_dump_json(exclude=set(SHAPE_EXCLUDES))

    @property
    def prompt_key(self) -> tuple[str, str]:
        return self.request.model_dump_json(), self.notes

    @property
    def disliked(self) -> frozenset[str]:
        """Thumbed-down items the draft contains, case-folded."""
        return frozenset(k.casefold() for k, v in self.thumbs.items() if v < 0) & self.items

    @property
    def negative(self) -> bool:
        return any(v < 0 for v in self.thumbs.values()) or (self.stars or 3) < 3


def _items(draft: PlanDraft) -> frozenset[str]:
    foods = (food for menu in draft.menus for meal in menu.meals for food in meal)
    exercises = (name for day in draft.days for name in day.ex)
    return frozenset(name.casefold() for name in (*foods, *exercises))


def merge_feedback(records: Iterable[PreferenceRecord]) -> tuple[list[RatedDraft], int]:
    """One `RatedDraft` per plan version, and how many records were unusable.

    A record is unusable when its request or draft does not parse (e.g. written under an older
    schema). Stars and thumbs are taken from the latest record that gives them.

    Returns:
        The rated drafts (oldest feedback first) and the count of skipped records.
    """
    merged: dict[tuple[str, str, str, str], RatedDraft] = {}
    skipped = 0
    for record in sorted(records, key=lambda r: r.at):
        try:
            request = PlanRequest.model_validate_json(record.prompt_request)
            draft = parse_draft(record.draft)
        except ValidationError:
            skipped += 1
            continue
        text = serialise_draft(draft)
        key = (record.unit, record.prompt_request, record.notes, text)
        earlier = merged.get(key)
        stars = record.stars
        if stars is None and earlier is not None:
            stars = earlier.stars
        merged[key] = RatedDraft(
            unit=record.unit,
            request=request,
            notes=record.notes,
            draft=text,
            items=_items(draft),
            model_version=record.model_version,
            stars=stars,
            thumbs={**(earlier.thumbs if earlier else {}), **record.thumbs},
            at=record.at,
        )
    return list(merged.values()), skipped


def _row(rule: str, chosen: RatedDraft, rejected: RatedDraft, item: str) -> dict[str, object]:
    """trl's conversational preference format plus where the pair came from."""
    assistant = "assistant"
    prompt: list[ChatMessage] = prompt_messages(rejected.request, rejected.notes)
    return {
        "prompt": prompt,
        "chosen": [{"role": assistant, "content": chosen.draft}],
        "rejected": [{"role": assistant, "content": rejected.draft}],
        "rule": rule,
        "item": item,
        "chosen_version": chosen.model_version,
        "rejected_version": rejected.model_version,
    }


def _rank(drafts: Sequence[RatedDraft]) -> list[RatedDraft]:
    return sorted(drafts, key=lambda d: (-(d.stars or 0), -d.at.timestamp(), d.draft))


def pairs_from_feedback(
    records: Iterable[PreferenceRecord], *, max_per_rejected: int = 4
) -> tuple[list[dict[str, object]], int]:
    """Chosen/rejected rows by the rule in this module's docstring.

    Args:
        records: Feedback from the product API.
        max_per_rejected: Most chosen drafts paired with one rejected draft.

    Returns:
        The rows, in a stable order, and the count of records skipped as unparseable.
    """
    drafts, skipped = merge_feedback(records)
    by_shape: defaultdict[str, list[RatedDraft]] = defaultdict(list)
    for draft in drafts:
        by_shape[draft.shape].append(draft)
    rows: list[dict[str, object]] = []
    seen: set[tuple[tuple[str, str], str, str]] = set()

    def add(rule: str, chosen: Sequence[RatedDraft], rejected: RatedDraft, item: str) -> None:
        taken = 0
        for candidate in _rank(chosen):
            if taken == max_per_rejected:
                break
            key = (rejected.prompt_key, candidate.draft, rejected.draft)
            if candidate.draft != rejected.draft and key not in seen:
                seen.add(key)
                rows.append(_row(rule, candidate, rejected, item))
                taken += 1

    for group in by_shape.values():
        liked = [d for d in group if d.stars is not None and d.stars >= LIKED]
        for rejected in (d for d in group if d.stars is not None and d.stars <= DISLIKED):
            add(STARS, liked, rejected, "")
        clean = [d for d in group if not d.negative]
        for rejected in group:
            disliked = rejected.disliked
            if disliked:
                free = [d for d in clean if not disliked & d.items]
                add(THUMBS, free, rejected, ", ".join(sorted(disliked)))
    return rows, skipped


def invalid_pairs(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """What is wrong with each malformed row: a DPO trainer must never see these.

    A row is malformed when its prompt is empty or ends without a user turn, a message in it is
    blank, chosen equals rejected, or either side is not one assistant turn holding a draft.

    Returns:
        One line per problem, naming the row.
    """
    problems = []
    for index, row in enumerate(rows):
        prompt = row["prompt"]
        if not prompt or prompt[-1]["role"] != "user":
            problems.append(f"row {index}: prompt is empty or does not end with the user's turn")
        elif any(not message["content"].strip() for message in prompt):
            problems.append(f"row {index}: a prompt message is blank")
        if row["chosen"] == row["rejected"]:
            problems.append(f"row {index}: chosen equals rejected")
        for side in ("chosen", "rejected"):
            turns = row[side]
            if len(turns) != 1 or turns[0]["role"] != "assistant":
                problems.append(f"row {index}: {side} is not one assistant turn")
                continue
            try:
                parse_draft(turns[0]["content"])
            except ValidationError:
                problems.append(f"row {index}: {side} is not a plan draft")
    return problems
