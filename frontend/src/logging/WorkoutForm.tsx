// Log a workout: a catalog exercise (or your own name for it), volume or duration, and notes.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Units } from "../api/types";
import { ExerciseSearch } from "../catalog/searches";
import { DateInput } from "../forms/DateInput";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { NumberInput } from "../forms/inputs";
import { parseNumber } from "../forms/numbers";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { formatDay, today } from "../lib/dates";
import { toKg, weightUnit } from "../lib/units";

interface Volume {
  sets: string;
  reps: string;
  load: string;
  minutes: string;
}

const EMPTY: Volume = { sets: "", reps: "", load: "", minutes: "" };
const VOLUME = [
  { key: "sets", name: "sets", label: "Sets", integer: true },
  { key: "reps", name: "reps", label: "Reps", integer: true },
  { key: "load", name: "load_kg", label: "Load", integer: false },
  { key: "minutes", name: "duration_min", label: "Minutes", integer: false },
] as const;

export function WorkoutForm({ units }: { units: Units }) {
  const api = useApi();
  const [exercise, setExercise] = useState("");
  const [volume, setVolume] = useState<Volume>(EMPTY);
  const [notes, setNotes] = useState("");
  const [day, setDay] = useState(today);
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useSubmit(api.logWorkout, (workout) => {
    setSaved(`Logged ${workout.exercise} on ${formatDay(workout.performed_on)}.`);
    setExercise("");
    setVolume(EMPTY);
    setNotes("");
  });
  const errors = submission.fieldErrors;
  const setPart = (key: keyof Volume) => (value: string) => {
    setVolume((current) => ({ ...current, [key]: value }));
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(null);
    const load = parseNumber(volume.load);
    submission.submit({
      exercise,
      sets: parseNumber(volume.sets),
      reps: parseNumber(volume.reps),
      load_kg: load === null ? null : toKg(load, units),
      duration_min: parseNumber(volume.minutes),
      notes: notes.trim() === "" ? null : notes,
      performed_on: day,
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label="Log a workout">
      <ExerciseSearch
        label="Search exercises"
        onPick={(picked) => {
          setExercise(picked.name);
        }}
        onPickText={setExercise}
      />
      <Field label="Exercise" name="exercise" errors={errors.exercise}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={exercise}
            onChange={(event) => {
              setExercise(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="field-row four">
        {VOLUME.map(({ key, name, label, integer }) => (
          <Field
            key={key}
            label={key === "load" ? `${label} (${weightUnit(units)})` : label}
            name={name}
            errors={errors[name]}
          >
            {(control) => (
              <NumberInput
                control={control}
                integer={integer}
                value={volume[key]}
                onChange={setPart(key)}
              />
            )}
          </Field>
        ))}
      </div>
      <Field label="Notes" name="notes" errors={errors.notes}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
            }}
          />
        )}
      </Field>
      <DateInput
        label="Date"
        name="performed_on"
        value={day}
        onChange={setDay}
        errors={errors.performed_on}
      />
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label="Log workout" />
      <Saved message={saved} />
    </form>
  );
}
