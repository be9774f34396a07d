// The constraints the notes state, to confirm or edit: each topic the reading covers, started
// from its suggestions (or empty when no model read the notes). Confirming only adds to the
// profile, so a topic offers only what the profile lacks and says what it already holds.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Profile, Reading, ReadingAccept } from "../api/types";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { FormAlert } from "../forms/FormAlert";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { humanise, options } from "../lib/labels";
import { alreadyHeld, startingValues, topicsOf, type Topic } from "./topics";

interface ReadingFormProps {
  reading: Reading;
  profile: Profile;
  onConfirmed?: (() => void) | undefined;
}

export function ReadingForm({ reading, profile, onConfirmed }: ReadingFormProps) {
  const api = useApi();
  const [values, setValues] = useState(() =>
    startingValues(reading.suggestions, reading.notes_read === true, profile),
  );
  const submission = useSubmit(api.acceptReading, onConfirmed);
  const set = (key: string) => (value: string[]) => {
    setValues((current) => ({ ...current, [key]: value }));
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // The topics are the API's own (`ReadingAccept` is `Constraints`, plus disliked foods).
    submission.submit(values as unknown as ReadingAccept);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-label="Confirm what your notes say">
      {topicsOf(reading.suggestions).map((topic) => (
        <TopicField
          key={topic.key}
          topic={topic}
          value={values[topic.key] ?? []}
          held={alreadyHeld(profile, topic.key)}
          errors={submission.fieldErrors[topic.key]}
          onChange={set(topic.key)}
        />
      ))}
      <FormAlert errors={submission.formErrors} fieldErrors={submission.fieldErrors} />
      <SubmitButton pending={submission.pending} label="Confirm" pendingLabel="Confirming…" />
    </form>
  );
}

interface TopicFieldProps {
  topic: Topic;
  value: string[];
  held: string[];
  errors: string[] | undefined;
  onChange: (value: string[]) => void;
}

function TopicField({ topic, value, held, errors, onChange }: TopicFieldProps) {
  const hint =
    held.length === 0 ? undefined : `Already in your profile: ${held.map(humanise).join(", ")}.`;
  const offered = topic.options.filter((option) => !held.includes(option));
  return (
    <ChoiceGroup
      multiple
      legend={topic.legend}
      name={topic.key}
      options={options(offered)}
      value={value}
      onChange={onChange}
      errors={errors}
      hint={hint}
    />
  );
}
