"""Reviewed rule table: free-exercise-db name keywords, category and muscles → movement patterns.

A rule holds when every criterion it sets matches (name regex on the lower-cased name, category,
any primary muscle, equipment). Like the food rules it leans to over-tagging: a pattern wrongly
tagged hides an exercise from an injured user, a missed one could hurt them.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.catalog import MovementPattern, Muscle
from domain.profile import Equipment

P = MovementPattern


@dataclass(frozen=True)
class ExerciseRule:
    """The exercise gets `patterns` when all the given criteria (non-None fields) match."""

    patterns: frozenset[MovementPattern]
    name: str | None = None
    unless: str | None = None
    categories: frozenset[str] | None = None
    primary_muscles: frozenset[Muscle] | None = None
    equipment: frozenset[Equipment | None] | None = None


_LOWER_BODY = frozenset(
    {
        Muscle.quadriceps,
        Muscle.hamstrings,
        Muscle.glutes,
        Muscle.calves,
        Muscle.adductors,
        Muscle.abductors,
    }
)
_LIFTING = frozenset({"strength", "powerlifting", "olympic weightlifting", "strongman"})
_IMPACT = frozenset({P.jumping, P.hip_impact})
_RUN = frozenset({P.running, P.hip_impact})

EXERCISE_RULES: tuple[ExerciseRule, ...] = (
    # --- impact -----------------------------------------------------------------------------
    ExerciseRule(
        _IMPACT,
        name=r"\b(jumps?|jumping|hops?|hopping|bounds?|bounding|burpees?|skips?|skipping|leaps?"
        r"|jacks|stride jump|tuck jump|butt kicks?|push-off|rope jumping)\b",
    ),
    ExerciseRule(_IMPACT, categories=frozenset({"plyometrics"}), primary_muscles=_LOWER_BODY),
    ExerciseRule(
        _RUN,
        name=r"\b(run|running|sprints?|sprinting|jog|jogging|shuttle|carioca|high knees"
        r"|quick step|acceleration|stride|prowler|stairmaster|step mill|trail)\b",
    ),
    # --- knees ------------------------------------------------------------------------------
    ExerciseRule(
        frozenset({P.deep_knee_flexion}),
        # Leg extensions load the kneecap hardest near full flexion; the rowing catch is a full
        # squat.
        name=r"\b(squats?|lunges?|leg press|pistol|step[- ]?ups?|split|sissy|hack|thrusters?|clean"
        r"|snatch|wall sit|get-?up|kneeling jump|power stairs|box skip|rickshaw|sandbag load"
        r"|atlas stones?|keg load|tire flip|leg extensions?|rowing)\b",
        unless=r"\b(stretch|split (clean|jerk|snatch)? ?pull|clean pull|clean shrug|snatch shrug"
        r"|clean deadlift|snatch deadlift)\b",
    ),
    # --- back -------------------------------------------------------------------------------
    ExerciseRule(
        frozenset({P.heavy_hinge}),
        name=r"\b(deadlifts?|good ?mornings?|romanian|stiff[- ]legs?|stiff[- ]legged"
        r"|hyperextensions?|back extensions?|rack pulls?"
        r"|bent[- ]over (two-arm )?(barbell |dumbbell )?rows?"
        r"|barbell rows?|t-bar|pendlay|swings?|clean|snatch|pull ?through|atlas stones?|tire flip"
        r"|keg load|sandbag load|car deadlift|axle|sumo|long bar rows?|pass between the legs"
        r"|figure 8|scoop throw|backward medicine ball throw)\b",
        unless=r"\b(stretch)\b",
    ),
    # Free-weight rows without chest support are done bent over: a loaded hip hinge.
    ExerciseRule(
        frozenset({P.heavy_hinge}),
        name=r"\brows?\b",
        unless=r"\b(upright|seated|incline|inverted|lying|bench|suspended|renegade|sled|cable"
        r"|one-arm dumbbell)\b",
        equipment=frozenset({Equipment.barbell, Equipment.dumbbell, Equipment.kettlebell}),
    ),
    ExerciseRule(
        frozenset({P.heavy_hinge}),
        categories=_LIFTING,
        primary_muscles=frozenset({Muscle.lower_back}),
    ),
    ExerciseRule(
        frozenset({P.spinal_loading}),
        name=r"\b(squats?|lunges?|step[- ]?ups?|press|jerk|snatch|clean|deadlifts?|good ?mornings?"
        r"|shrugs?|calf raises?|carry|walk|thrusters?|rack|zercher|get-?up)\b",
        unless=r"\b(bench|lying|floor|incline|decline|leg press|calf press|seated calf|chest"
        r"|pallof|svend|tricep|triceps|jm press)\b",
        equipment=frozenset({Equipment.barbell, Equipment.other, Equipment.kettlebell}),
    ),
    ExerciseRule(frozenset({P.spinal_loading}), categories=frozenset({"strongman"})),
    ExerciseRule(
        frozenset({P.spinal_loading}),
        name=r"\b(smith machine (squat|pistol|overhead|shoulder|shrug|calf)|standing calf raises"
        r"|hack squats?|military|yoke)\b",
    ),
    # Loaded side bends and twists, sit-ups and roll-outs put high compressive or shear load on
    # the lumbar spine (and sit-ups strain the neck).
    ExerciseRule(
        frozenset({P.spinal_loading}),
        name=r"\b(side bends?|sit-?ups?|otis-up|rollouts?|ab roller|fallout|weighted crunches"
        r"|landmine 180'?s|barbell twist)\b",
    ),
    # --- shoulders --------------------------------------------------------------------------
    ExerciseRule(
        frozenset({P.overhead_press}),
        name=r"\b(overhead|military|shoulder press|push press|jerk|snatch|arnold|handstand"
        r"|behind (the )?(neck|head)|pike|bradford|cuban|windmill|get-?up|thrusters?"
        r"|upright( [\w-]+)? rows?|log lift|circus bell|clean and press|bent press|see-saw press"
        r"|seesaw press|para press|anti-gravity press|forward drag with press|over head|above head"
        r"|pullovers?|jammer|sledgehammer|slam|backward medicine ball throw"
        r"|(standing|seated) (one-arm )?dumbbell triceps extension|seated triceps press"
        r"|standing towel triceps extension)\b",
    ),
    ExerciseRule(
        frozenset({P.overhead_press}),
        name=r"\bpress\b",
        unless=r"\b(bench|chest|floor|leg|decline|incline|calf|pallof|tricep|triceps|jm|board"
        r"|pin|svend|tate|sit-up|neck|close-grip|chain)\b",
        primary_muscles=frozenset({Muscle.shoulders}),
    ),
    # Dips take the shoulder into deep extension under body weight, and hanging from a bar (pull-
    # ups, muscle-ups, hanging raises) into full flexion under it: both pinch a sore shoulder.
    ExerciseRule(
        frozenset({P.shoulder_end_range}),
        name=r"\b(dips?|chins?|chin-?ups?|pull[- ]?ups?|pullups?|chinups?|muscle[- ]?ups?"
        r"|rope climb|hanging (leg|knee|pike))\b",
        unless=r"\b(stretch|to chin)\b",
    ),
    # --- wrists and elbows ------------------------------------------------------------------
    ExerciseRule(
        frozenset({P.loaded_wrist_extension}),
        name=r"\b(wrist|push-?ups?|pushups?|handstand|plank|front (barbell )?squats?|clean|burpees?"
        r"|dips?|bench press|floor press|mountain climbers?|bear crawl|renegade|jerk|snatch"
        r"|wrist roller|reverse (barbell |cable |dumbbell )?curls?|zottman|crawl|drop push|wipers"
        r"|body-up|body tricep press|rack delivery)\b",
        unless=r"\b(stretch)\b",
    ),
    # Free-weight chest and triceps presses hold the load on an extended wrist.
    ExerciseRule(
        frozenset({P.loaded_wrist_extension}),
        name=r"\bpress(es)?\b",
        unless=r"\b(leg|calf|pallof|svend)\b",
        primary_muscles=frozenset({Muscle.chest, Muscle.triceps}),
        equipment=frozenset({Equipment.barbell, Equipment.dumbbell, Equipment.ez_bar}),
    ),
    ExerciseRule(
        frozenset({P.loaded_wrist_extension}),
        primary_muscles=frozenset({Muscle.forearms}),
        categories=_LIFTING,
    ),
    ExerciseRule(
        frozenset({P.elbow_flexion_heavy}),
        primary_muscles=frozenset({Muscle.biceps}),
        categories=_LIFTING,
    ),
    ExerciseRule(
        frozenset({P.elbow_flexion_heavy}),
        name=r"\b(curls?|chins?|chin-?ups?|pull[- ]?ups?|pullups?|chinups?|muscle up|rope climb)\b",
        unless=r"\b(leg|hamstring|wrist|glute|nordic|knee|ab|abdominal|cable crunch|hip|toe"
        r"|stretch|to chin)\b",
    ),
    # --- neck -------------------------------------------------------------------------------
    ExerciseRule(
        frozenset({P.neck_loading}),
        primary_muscles=frozenset({Muscle.neck}),
        unless=r"\b(stretch|smr)\b",
    ),
    ExerciseRule(
        frozenset({P.neck_loading}),
        name=r"\b(neck|shrugs?|headstand|wrestler'?s? bridge|harness)\b",
        unless=r"\b(stretch|smr)\b",
    ),
)
