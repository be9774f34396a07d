"""The injury guard reads a body area named beside a word of hurt, and nothing cleared."""

from __future__ import annotations

import pytest

from domain.plan.injury_guard import named_injuries, with_named_injuries
from domain.plan.reading import NotesReading
from domain.profile import BodyArea as B


@pytest.mark.parametrize(
    ("notes", "areas"),
    [
        ("Bad left knee.", {B.knee}),
        ("neck's been stiff since the crash", {B.neck}),
        ("Rotator cuff tear last year, still not right.", {B.shoulder}),
        ("tennis elbow flaring up again", {B.elbow}),
        ("I have a bulging disc in my neck.", {B.neck}),
        ("Slipped disc.", {B.lower_back}),
        ("Herniated cervical disc, C5-C6.", {B.neck}),
        ("knees a bit creaky, nothing serious I think", {B.knee}),
        ("Bad knee, but my shoulders are fine.", {B.knee}),
        ("My back hurts after long shifts.", {B.lower_back}),
        ("Tweaked my back lifting the sofa.", {B.lower_back}),
        ("lower back & right hip both grumpy", {B.lower_back, B.hip}),
        ("A bum knee from football.", {B.knee}),
        ("Rheumatoid arthritis in my wrists.", {B.wrist}),
        ("My ankle never healed right after the sprain.", {B.ankle}),
        ("my kneee hurts on stairs", {B.knee}),
    ],
)
def test_hurt_areas_are_read(notes: str, areas: set[B]) -> None:
    assert named_injuries(notes) == areas


@pytest.mark.parametrize(
    "notes",
    [
        "My neck is fine these days.",
        "Bad ankle from netball, but it's been rehabbed and feels strong now.",
        "My sister has bad knees.",
        "I'm doing this with my sister, she's the one with the bad knees.",
        "Nothing wrong with my left wrist.",
        "Back squats are my favourite.",
        "Getting back to the gym after a bad year.",
        "Upper back is sore after rowing.",
        "Love hip thrusts.",
        "I used to have knee problems.",
        "My knee clicks but it doesn't hurt.",
        "Work my bum and hips hard please.",
        "Shoulder healed after physio.",
    ],
)
def test_cleared_past_other_or_unhurt_areas_read_nothing(notes: str) -> None:
    assert named_injuries(notes) == set()


def test_the_guard_adds_what_the_reading_missed() -> None:
    knee = NotesReading(injuries=frozenset({B.knee}))
    assert with_named_injuries(knee, "Bad knee.") is knee
    assert with_named_injuries(knee, "Bad knee, sore neck.").injuries == {B.knee, B.neck}
