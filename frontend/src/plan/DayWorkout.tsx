// One day's training: the focus and each exercise with its sets, reps and rest.
import type { PlanDay } from "../api/types";
import type { ThumbOf } from "./thumbs";
import { Thumbs } from "./Thumbs";
import { focusLabel, setsAndReps } from "./week";

interface DayWorkoutProps {
  day: PlanDay;
  /** Where thumbs go; none on the dashboard. */
  rate?: { version: number; thumbOf: ThumbOf };
}

export function DayWorkout({ day, rate }: DayWorkoutProps) {
  const focus = focusLabel(day);
  if (focus === null || day.exercises.length === 0) {
    return <p className="hint">Rest day: recovery is part of the plan.</p>;
  }
  return (
    <>
      <p className="focus">{focus}</p>
      <ol className="exercises">
        {day.exercises.map((exercise, position) => (
          <li key={exercise.exercise_id}>
            <span className="item-name">{exercise.name}</span>
            <span className="item-detail">
              {setsAndReps(exercise.sets, exercise.reps_min, exercise.reps_max, exercise.rest_s)}
            </span>
            {rate && (
              <Thumbs
                version={rate.version}
                kind="exercise"
                day={day.day}
                position={position}
                label={exercise.name}
                up={rate.thumbOf("exercise", day.day, position)}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
