"""Data table: staple exercises (free-exercise-db names), most recommendable first.

The planner prefers these over the long tail of the catalog, so a user gets "Barbell Squat" and
"Pullups" as main lifts rather than an obscure variation. Names missing from a catalog are ignored.
"""

from __future__ import annotations

from typing import Final

STAPLE_EXERCISES: Final[tuple[str, ...]] = (
    # chest
    "Barbell Bench Press - Medium Grip",
    "Dumbbell Bench Press",
    "Incline Dumbbell Press",
    "Pushups",
    "Machine Bench Press",
    "Cable Chest Press",
    "Bench Press - With Bands",
    "Incline Push-Up",
    "Alternating Floor Press",
    # back
    "Pullups",
    "Bent Over Barbell Row",
    "One-Arm Dumbbell Row",
    "Wide-Grip Lat Pulldown",
    "Seated Cable Rows",
    "Chin-Up",
    "Bent Over Two-Dumbbell Row",
    "Leverage Iso Row",
    "One-Arm Kettlebell Row",
    # shoulders
    "Standing Military Press",
    "Seated Dumbbell Press",
    "Dumbbell Shoulder Press",
    "Side Lateral Raise",
    "Machine Shoulder (Military) Press",
    "Cable Shoulder Press",
    "Shoulder Press - With Bands",
    "Two-Arm Kettlebell Military Press",
    # quadriceps
    "Barbell Squat",
    "Goblet Squat",
    "Leg Press",
    "Dumbbell Lunges",
    "Dumbbell Squat",
    "Split Squat with Dumbbells",
    "Bodyweight Squat",
    "Leg Extensions",
    "Squats - With Bands",
    # hamstrings
    "Romanian Deadlift",
    "Stiff-Legged Dumbbell Deadlift",
    "Lying Leg Curls",
    "Natural Glute Ham Raise",
    "Kettlebell One-Legged Deadlift",
    # glutes
    "Barbell Hip Thrust",
    "Barbell Glute Bridge",
    "Single Leg Glute Bridge",
    "Butt Lift (Bridge)",
    "Hip Extension with Bands",
    "Glute Kickback",
    # biceps
    "Barbell Curl",
    "Dumbbell Bicep Curl",
    "Hammer Curls",
    "EZ-Bar Curl",
    # triceps
    "Dips - Triceps Version",
    "Close-Grip Barbell Bench Press",
    "Triceps Pushdown",
    "Bench Dips",
    "Close-Grip Dumbbell Press",
)
